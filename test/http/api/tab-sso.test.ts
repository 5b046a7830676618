import assert from "node:assert/strict";
import { createTokenValidator } from "../../../bot/src/api/token-validator";
import { isAppError } from "../../../bot/src/domain/errors";
import { TENANT_ID } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { freePort } from "../../helpers/free-port";
import { LocalIdentity, TAB_SSO } from "../../helpers/local-identity";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const OTHER_ALLOWED_TENANT = "00000000-0000-4000-8000-00000000bbbb";
const FOREIGN_TENANT = "00000000-0000-4000-8000-00000000cccc";

describe("tab SSO token validation (server with BOT_ID, tokens from a local JWKS)", () => {
  let identity: LocalIdentity;
  let server: TestServer;
  const member = users.aleMember();
  const me = (token?: string) => api(server.url, "/me", { headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } });
  const assertRefused = (res: { status: number; body: { error?: { code?: string; message?: string } } }, code: string) => {
    assert.equal(res.status, 401);
    assert.equal(res.body.error?.code, code);
    assert.ok((res.body.error?.message ?? "").length > 10, "a message for the user");
  };

  before(async () => {
    identity = new LocalIdentity();
    await identity.start();
    server = await startTestServer({ env: { BOT_ID: "app", BOT_PASSWORD: "secret", ...identity.tabSettings([TENANT_ID, OTHER_ALLOWED_TENANT]) } });
  });
  after(async () => {
    await server.stop();
    await identity.stop();
  });

  it("accepts a valid v2 token and answers /me with the member and devMode false", async () => {
    const res = await me(await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID, name: member.name }));
    assert.equal(res.status, 200);
    assert.equal(res.body.aadObjectId, member.aadObjectId);
    assert.equal(res.body.devMode, false);
    assert.equal(res.body.memberships[0].member.displayName, "Elin Bergqvist");
  });

  it("accepts a v1 token (sts.windows.net issuer, Application ID URI as audience)", async () => {
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, { iss: `https://sts.windows.net/${TENANT_ID}/`, aud: TAB_SSO.appIdUri, ver: "1.0" });
    assert.equal((await me(token)).status, 200);
  });

  it("accepts a B2B guest: the guest's object id in the host tenant, home tenant only in idp", async () => {
    const guest = teamsUser("Per Dahlgren");
    const token = await identity.tabToken({ oid: guest.aadObjectId, tid: TENANT_ID }, { idp: `https://sts.windows.net/${FOREIGN_TENANT}/`, acct: 1 });
    const res = await me(token);
    assert.equal(res.status, 200);
    assert.equal(res.body.memberships[0].organisation.name, "Arbetsförmedlingen");
  });

  it("accepts a user of another configured tenant", async () => {
    const res = await me(await identity.tabToken({ oid: member.aadObjectId, tid: OTHER_ALLOWED_TENANT }));
    assert.equal(res.status, 200);
  });

  it("refuses an expired token with 401 and a JSON error", async () => {
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, {}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 });
    assertRefused(await me(token), "invalid_token");
  });

  it("refuses a token without expiry", async () => {
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, {}, { expiresIn: null });
    assertRefused(await me(token), "invalid_token");
  });

  it("refuses a token for another audience", async () => {
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, { aud: "api://localhost/another-app" });
    assertRefused(await me(token), "invalid_token");
  });

  it("refuses a token whose issuer is not the token's own tenant", async () => {
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, { iss: `https://login.microsoftonline.com/${FOREIGN_TENANT}/v2.0` });
    assertRefused(await me(token), "invalid_token");
    const elsewhere = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, { iss: `https://issuer.example.org/${TENANT_ID}/v2.0` });
    assertRefused(await me(elsewhere), "invalid_token");
  });

  it("refuses a token signed by another key", async () => {
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, {}, { foreignKey: true });
    assertRefused(await me(token), "invalid_token");
  });

  it("refuses a token from a tenant that is not configured", async () => {
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: FOREIGN_TENANT });
    assertRefused(await me(token), "tenant_not_allowed");
  });

  it("refuses a token without oid or tid", async () => {
    assertRefused(await me(await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, { oid: undefined })), "invalid_token");
    assertRefused(await me(await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID }, { tid: undefined })), "invalid_token");
  });

  it("refuses no token, an empty or malformed one, and an unsigned (alg none) one", async () => {
    assertRefused(await me(), "not_signed_in");
    assertRefused(await me(""), "not_signed_in");
    assertRefused(await me("not.a.token"), "invalid_token");
    const body = Buffer.from(JSON.stringify({ aud: TAB_SSO.appId, tid: TENANT_ID, oid: member.aadObjectId, iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`, exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url");
    assertRefused(await me(`${Buffer.from('{"alg":"none"}').toString("base64url")}.${body}.`), "invalid_token");
  });

  it("ignores X-Dev-User when the server has a bot app id", async () => {
    assertRefused(await api(server.url, "/me", { user: users.coordinator().aadObjectId }), "not_signed_in");
  });

  it("answers a valid token of a non-member with the polite refusal and no data", async () => {
    const token = await identity.tabToken({ oid: users.stranger().aadObjectId, tid: TENANT_ID });
    const res = await api(server.url, "/meetings", { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, "not_a_member");
    assert.equal(res.body.meetings, undefined);
  });

  it("answers in English with Accept-Language en", async () => {
    const res = await api(server.url, "/me", { headers: { Authorization: "Bearer x.y.z", "Accept-Language": "en-US" } });
    assert.match(res.body.error.message, /invalid or has expired/);
  });
});

describe("tab SSO token validator edge cases", () => {
  it("says sign-in is not configured when TAB_APP_ID is missing", async () => {
    const validate = createTokenValidator({ tenantIds: [], issuerTemplate: "https://login.microsoftonline.com/{tenantid}/v2.0", jwksUrl: "http://127.0.0.1:9/keys" });
    await assert.rejects(validate("x.y.z"), (e: unknown) => isAppError(e) && e.kind === "unauthenticated" && e.code === "sso_not_configured");
  });

  it("answers 'unavailable' (503), not 'invalid', when the signing keys cannot be fetched", async () => {
    const identity = new LocalIdentity();
    await identity.start();
    try {
      const token = await identity.tabToken({ oid: users.aleMember().aadObjectId, tid: TENANT_ID });
      const validate = createTokenValidator({ appId: TAB_SSO.appId, tenantIds: [], issuerTemplate: "https://login.microsoftonline.com/{tenantid}/v2.0", jwksUrl: `http://127.0.0.1:${await freePort()}/keys` });
      await assert.rejects(validate(token), (e: unknown) => isAppError(e) && e.kind === "unavailable" && e.code === "sign_in_unavailable");
    } finally {
      await identity.stop();
    }
  });
});
