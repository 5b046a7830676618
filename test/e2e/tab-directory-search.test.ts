import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../bot/src/demo/demo-network";
import { TENANT_ID } from "../helpers/activities";
import { scrollsSideways } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import { FakeGraph } from "../helpers/fake-graph";
import { LocalIdentity } from "../helpers/local-identity";
import { openInTeams } from "../helpers/teams-host";
import { startTestServer } from "../helpers/test-server";

describe("tab: the coordinator finds a person in the directory and adds them", () => {
  const identity = new LocalIdentity();
  const graph = new FakeGraph();
  const suite = browserSuite(async () => {
    await identity.start();
    const url = await graph.start();
    return startTestServer({
      env: { BOT_ID: "app", BOT_PASSWORD: "secret", ...identity.tabSettings([TENANT_ID]), GRAPH_CLIENT_SECRET: "tab-app-secret", GRAPH_BASE_URL: `${url}/v1.0`, GRAPH_AUTHORITY_HOST: url },
    });
  });
  after(async () => {
    await graph.stop();
    await identity.stop();
  });

  it("searches by name, chooses the organisation and adds the person as a member (320 px)", async () => {
    const coordinator = users.coordinator();
    const page = await suite.open({ width: 320, height: 900 });
    const frame = await openInTeams(page, suite.server.url, { path: "/tab/#/admin/requests", token: await identity.tabToken({ oid: coordinator.aadObjectId, tid: TENANT_ID, name: coordinator.name }) });
    const section = frame.locator("[data-directory-search]");
    await section.getByLabel("Namn eller e-postadress").fill("Anna");
    await section.getByRole("button", { name: "Sök" }).click();
    const row = section.locator('[data-person="5e6f7a8b-0000-4000-8000-000000000001"]');
    await row.waitFor();
    assert.match(await row.innerText(), /Anna Ekholm, Integrationssamordnare/);
    const add = row.getByRole("button", { name: "Lägg till som medlem" });
    assert.equal(await add.isDisabled(), true, "no organisation chosen yet");
    await row.locator("select").selectOption({ label: "Ale" });
    await add.click();
    await row.getByText("Tillagd").waitFor();
    const stored = (await suite.server.stores.members.get(DEMO_NETWORK_ID, "5e6f7a8b-0000-4000-8000-000000000001"))?.value;
    assert.deepEqual([stored?.displayName, stored?.email, stored?.organisationId, stored?.role], ["Anna Ekholm", "anna.ekholm@lindas.example.org", "ale", "member"]);
    assert.equal(await scrollsSideways(page), false);
  });
});
