import assert from "node:assert/strict";
import { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import { ClaimsIdentity, ConnectorClient, type BotFrameworkAuthentication } from "botframework-connector";
import { CLIENT_MAX_AGE_MS, keepClients } from "../../../bot/src/teams/connector-cache";

describe("Bot Connector clients kept between turns (keepClients)", () => {
  const claims = (appId: string) => new ClaimsIdentity([{ type: "aud", value: appId }, { type: "appid", value: appId }, { type: "ver", value: "1.0" }], true);
  let now = 0;
  const auth = (): BotFrameworkAuthentication => {
    const made = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: "bot-a", MicrosoftAppPassword: "secret", MicrosoftAppType: "MultiTenant" });
    keepClients(made, () => now);
    return made;
  };
  const connector = (a: BotFrameworkAuthentication, appId: string, serviceUrl: string, audience?: string) => a.createConnectorFactory(claims(appId)).create(serviceUrl, audience);

  beforeEach(() => (now = 1_000_000));

  it("hands out one client for the same bot, service URL and audience, from any factory", async () => {
    const a = auth();
    const first = await connector(a, "bot-a", "https://smba.trafficmanager.net/emea/");
    assert.ok(first instanceof ConnectorClient);
    assert.equal(await connector(a, "bot-a", "https://smba.trafficmanager.net/emea/"), first);
  });

  it("makes another for another service URL or audience", async () => {
    const a = auth();
    const first = await connector(a, "bot-a", "https://smba.trafficmanager.net/emea/");
    const others = await Promise.all([
      connector(a, "bot-a", "https://smba.trafficmanager.net/amer/"),
      connector(a, "bot-a", "https://smba.trafficmanager.net/emea/", "https://api.botframework.com/other"),
    ]);
    assert.equal(new Set<ConnectorClient>([first, ...others]).size, 3);
  });

  it("makes another for another bot, connector and token client alike", async () => {
    const stub = {
      createConnectorFactory: () => ({ create: async () => ({}) as ConnectorClient }),
      createUserTokenClient: async () => ({}),
      authenticateRequest: async () => ({}),
    } as unknown as BotFrameworkAuthentication;
    keepClients(stub, () => now);
    const [a1, a2, b] = await Promise.all([
      stub.createConnectorFactory(claims("bot-a")).create("https://x/"),
      stub.createConnectorFactory(claims("bot-a")).create("https://x/"),
      stub.createConnectorFactory(claims("bot-b")).create("https://x/"),
    ]);
    assert.equal(a1, a2);
    assert.notEqual(a1, b);
    assert.notEqual(await stub.createUserTokenClient(claims("bot-a")), await stub.createUserTokenClient(claims("bot-b")));
  });

  it("makes a new one once the kept one is CLIENT_MAX_AGE_MS old", async () => {
    const a = auth();
    const first = await connector(a, "bot-a", "https://smba.trafficmanager.net/emea/");
    now += CLIENT_MAX_AGE_MS - 1;
    assert.equal(await connector(a, "bot-a", "https://smba.trafficmanager.net/emea/"), first);
    now += 1;
    assert.notEqual(await connector(a, "bot-a", "https://smba.trafficmanager.net/emea/"), first);
  });

  it("keeps one token client per bot", async () => {
    const a = auth();
    const first = await a.createUserTokenClient(claims("bot-a"));
    assert.equal(await a.createUserTokenClient(claims("bot-a")), first);
  });

  it("does not keep a client that failed to be made: the next turn tries again", async () => {
    let attempts = 0;
    const client = {} as ConnectorClient;
    const stub = {
      createConnectorFactory: () => ({ create: async () => (++attempts === 1 ? Promise.reject(new Error("no token")) : client) }),
      createUserTokenClient: async () => ({}),
      authenticateRequest: async () => ({}),
    } as unknown as BotFrameworkAuthentication;
    keepClients(stub, () => now);
    await assert.rejects(stub.createConnectorFactory(claims("bot-a")).create("https://x/"), /no token/);
    assert.equal(await stub.createConnectorFactory(claims("bot-a")).create("https://x/"), client);
    assert.equal(await stub.createConnectorFactory(claims("bot-a")).create("https://x/"), client);
    assert.equal(attempts, 2);
  });

  it("gives the turn's factory from authenticateRequest the same kept clients", async () => {
    const connectorFactory = { create: async () => ({}) as ConnectorClient };
    const stub = {
      authenticateRequest: async () => ({ audience: "aud", callerId: "", claimsIdentity: claims("bot-a"), connectorFactory }),
      createConnectorFactory: () => connectorFactory,
      createUserTokenClient: async () => ({}),
    } as unknown as BotFrameworkAuthentication;
    keepClients(stub, () => now);
    const turn = await stub.authenticateRequest({} as never, "");
    const fromTurn = await turn.connectorFactory!.create("https://x/", "aud");
    assert.equal(await stub.createConnectorFactory(claims("bot-a")).create("https://x/", "aud"), fromTurn);
    assert.equal(turn.audience, "aud");
  });
});
