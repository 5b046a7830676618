import type { GraphAppSettings } from "./graph-settings";
import { GraphError } from "./graph-errors";

/** Gives an access token for Microsoft Graph with the app's own identity. */
export interface TokenSource {
  token(): Promise<string>;
}

const GRAPH_SCOPE = "https://graph.microsoft.com/.default";

interface AzureCredential {
  getToken(scope: string): Promise<{ token: string } | null>;
}

/** A token source over `@azure/identity` (client secret, certificate, or managed identity + federated credential), loaded on first use. */
export function azureTokenSource(settings: GraphAppSettings): TokenSource {
  let credential: Promise<AzureCredential> | undefined;
  const build = async (): Promise<AzureCredential> => {
    const identity = await import("@azure/identity");
    const c = settings.credential;
    const options = { authorityHost: settings.authorityHost };
    if (c.kind === "secret") return new identity.ClientSecretCredential(settings.tenantId, c.clientId, c.clientSecret, options);
    if (c.kind === "certificate") return new identity.ClientCertificateCredential(settings.tenantId, c.clientId, { certificatePath: c.certificatePath }, options);
    if (c.kind === "managed-identity") {
      const managed = new identity.ManagedIdentityCredential(c.managedIdentityClientId ? { clientId: c.managedIdentityClientId } : {});
      // The managed identity's token is the assertion of the Entra app's federated credential.
      const assertion = async () => {
        const t = await managed.getToken("api://AzureADTokenExchange/.default");
        if (!t) throw new Error("the managed identity gave no token");
        return t.token;
      };
      return new identity.ClientAssertionCredential(settings.tenantId, c.clientId, assertion, options);
    }
    return { getToken: async () => ({ token: c.token }) };
  };
  return {
    async token() {
      credential ??= build();
      try {
        const t = await (await credential).getToken(GRAPH_SCOPE);
        if (!t) throw new Error("no token");
        return t.token;
      } catch (error) {
        throw GraphError.credentials(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/** A fixed token (tests and the local demo's stub). */
export function staticTokenSource(token: string): TokenSource {
  return { token: async () => token };
}
