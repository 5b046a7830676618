import {
  JwtTokenValidation,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from "botframework-connector";

/** How long a client is kept: its credentials renew their own tokens, this only bounds what a change of settings waits for. */
export const CLIENT_MAX_AGE_MS = 10 * 60_000;

/** How many clients are kept at most (one per bot, Bot Connector region and audience: a handful). */
const MAX_CLIENTS = 50;

interface Kept<T> {
  client: Promise<T>;
  madeAt: number;
}

/** Clients by key for at most CLIENT_MAX_AGE_MS, at most MAX_CLIENTS; one that failed to be made is not kept. */
class ClientShelf<T> {
  private readonly kept = new Map<string, Kept<T>>();

  constructor(private readonly now: () => number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const at = this.now();
    const found = this.kept.get(key);
    if (found && at - found.madeAt < CLIENT_MAX_AGE_MS) return found.client;
    if (this.kept.size >= MAX_CLIENTS) this.kept.clear();
    const client = make();
    this.kept.set(key, { client, madeAt: at });
    client.catch(() => {
      if (this.kept.get(key)?.client === client) this.kept.delete(key);
    });
    return client;
  }
}

/** The bot a claims identity speaks for (its app id; empty for an unauthenticated local run). */
function botOf(claims: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(claims.claims) ?? "";
}

/**
 * Makes an adapter's authentication hand out the same Bot Connector and token clients for the same bot,
 * service URL and audience instead of new ones: botbuilder's CloudAdapter builds a ConnectorClient (with a
 * request pipeline of its own) and a UserTokenClient for every turn and every proactive message, which cost
 * more CPU than a check-in's own work. The clients hold no conversation state; their credentials fetch and
 * renew tokens themselves (botbuilder's older BotFrameworkAdapter kept its clients the same way).
 * Changes `auth` in place; `now` is the app's clock, in milliseconds.
 */
export function keepClients(auth: BotFrameworkAuthentication, now: () => number): void {
  const connectors = new ClientShelf<ConnectorClient>(now);
  const tokenClients = new ClientShelf<UserTokenClient>(now);
  const keeping = (factory: ConnectorFactory, bot: string): ConnectorFactory => ({
    create: (serviceUrl: string, audience?: string) => connectors.get(`${bot}\u0000${serviceUrl}\u0000${audience ?? ""}`, () => factory.create(serviceUrl, audience)),
  });

  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: keeping(result.connectorFactory, botOf(result.claimsIdentity)) } : result;
  };
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (claims) => keeping(createConnectorFactory(claims), botOf(claims));
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claims) => tokenClients.get(botOf(claims), () => createUserTokenClient(claims));
}
