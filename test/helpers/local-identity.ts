import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";

/** The tab's Entra app registration as the tests configure it. */
export const TAB_SSO = {
  appId: "11111111-2222-4333-8444-555555555555",
  appIdUri: "api://localhost/11111111-2222-4333-8444-555555555555",
} as const;

/**
 * A local stand-in for the identity providers the app trusts (Bot Framework channel tokens and Entra ID
 * tab SSO tokens): an OpenID metadata document and a JWKS served over HTTP, and a key to sign tokens with.
 */
export class LocalIdentity {
  private server?: Server;
  private privateKey?: CryptoKey;
  private jwk?: JWK;
  readonly keyId = "local-test-key";
  url = "";

  /** Starts serving `/openid` (metadata) and `/keys` (JWKS). */
  async start(): Promise<void> {
    const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
    this.privateKey = privateKey as CryptoKey;
    this.jwk = { ...(await exportJWK(publicKey)), kid: this.keyId, use: "sig", alg: "RS256" };
    this.server = createServer((req, res) => {
      res.setHeader("Content-Type", "application/json");
      if (req.url === "/openid") {
        res.end(JSON.stringify({ issuer: "https://api.botframework.com", jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ["RS256"] }));
      } else if (req.url === "/keys") {
        res.end(JSON.stringify({ keys: [{ ...this.jwk, endorsements: ["msteams"] }] }));
      } else {
        res.statusCode = 404;
        res.end("{}");
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }

  /** Stops serving. */
  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /**
   * Signs a token with the local key (or with a throw-away key when `foreignKey` is set); `expiresIn: null`
   * leaves out `exp`.
   */
  async sign(claims: Record<string, unknown>, options: { expiresIn?: string | number | null; foreignKey?: boolean } = {}): Promise<string> {
    const key = options.foreignKey ? (await generateKeyPair("RS256")).privateKey : this.privateKey!;
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: this.keyId, typ: "JWT" }).setIssuedAt().setNotBefore("0s");
    if (typeof options.expiresIn === "number") jwt.setExpirationTime(options.expiresIn);
    else if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? "1h");
    return jwt.sign(key);
  }

  /**
   * A Teams tab SSO token as Entra ID issues it to `authentication.getAuthToken()`: v2 issuer of the
   * user's tenant, audience the tab app, scope access_as_user; `claims` override any of it.
   */
  tabToken(user: { oid: string; tid: string; name?: string }, claims: Record<string, unknown> = {}, options: { expiresIn?: string | number | null; foreignKey?: boolean } = {}): Promise<string> {
    return this.sign({
      iss: `https://login.microsoftonline.com/${user.tid}/v2.0`,
      aud: TAB_SSO.appId,
      tid: user.tid,
      oid: user.oid,
      name: user.name,
      scp: "access_as_user",
      ver: "2.0",
      ...claims,
    }, options);
  }

  /** The settings that make the server trust this identity's tab SSO tokens for the given tenants. */
  tabSettings(tenantIds: readonly string[]): Record<string, string> {
    return { TAB_APP_ID: TAB_SSO.appId, TAB_APP_ID_URI: TAB_SSO.appIdUri, TAB_TENANT_IDS: tenantIds.join(","), TAB_JWKS_URL: `${this.url}/keys` };
  }

  /** A Bot Framework channel token as Teams' connector sends it to the bot. */
  channelToken(botAppId: string, serviceUrl: string, options: { foreignKey?: boolean; expiresIn?: number } = {}): Promise<string> {
    return this.sign({ iss: "https://api.botframework.com", aud: botAppId, serviceurl: serviceUrl }, options);
  }
}
