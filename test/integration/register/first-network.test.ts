import assert from "node:assert/strict";
import type { FirstNetworkSettings } from "../../../bot/src/domain/first-network";
import { setUpFirstNetwork } from "../../../bot/src/register/first-network-setup";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

const settings = (name: string, coordinatorId: string): FirstNetworkSettings => ({
  name,
  tenantId: "00000000-0000-4000-8000-00000000aaaa",
  place: "Digitalt via Teams",
  coordinator: { aadObjectId: coordinatorId, displayName: "Sanna Lindqvist", email: "sanna.lindqvist@example.org", organisationName: "Regionförbundet Östra" },
});

describe("first network setup (Azurite)", () => {
  let storage: TestStorage;
  before(async () => (storage = await startTestStorage()));
  after(() => storage.stop());

  it("creates the network, the organisation and the coordinator once", async () => {
    const result = await setUpFirstNetwork(storage.stores, settings("Välfärdsnätverket Öst", "coord-1"));
    assert.deepEqual(result, { networkId: "valfardsnatverket-ost", created: { network: true, organisation: true, coordinator: true } });
    const { stores } = storage;
    const network = (await stores.networks.get("network", "valfardsnatverket-ost"))!.value;
    assert.equal(network.name, "Välfärdsnätverket Öst");
    assert.deepEqual(network.coordinatorIds, ["coord-1"]);
    assert.equal(network.defaultPlace, "Digitalt via Teams");
    const organisations = (await stores.organisations.list("valfardsnatverket-ost")).map((o) => o.value);
    assert.deepEqual(organisations.map((o) => [o.id, o.name, o.kind]), [["regionforbundet-ostra", "Regionförbundet Östra", "annan"]]);
    const members = (await stores.members.list("valfardsnatverket-ost")).map((m) => m.value);
    assert.equal(members.length, 1);
    assert.equal(members[0]!.role, "coordinator");
    assert.equal(members[0]!.organisationId, "regionforbundet-ostra");
  });

  it("creates nothing on the second run", async () => {
    const result = await setUpFirstNetwork(storage.stores, settings("Välfärdsnätverket Öst", "coord-1"));
    assert.deepEqual(result.created, { network: false, organisation: false, coordinator: false });
    assert.equal((await storage.stores.networks.list("network")).length, 1);
    assert.equal((await storage.stores.organisations.list("valfardsnatverket-ost")).length, 1);
    assert.equal((await storage.stores.members.list("valfardsnatverket-ost")).length, 1);
  });

  it("leaves an existing network as it is, even with another coordinator configured", async () => {
    const before = (await storage.stores.networks.get("network", "valfardsnatverket-ost"))!;
    const result = await setUpFirstNetwork(storage.stores, { ...settings("Välfärdsnätverket Öst", "coord-2"), place: "Stadshuset" });
    assert.equal(result.created.network, false);
    const after = (await storage.stores.networks.get("network", "valfardsnatverket-ost"))!;
    assert.equal(after.etag, before.etag);
    assert.deepEqual(after.value, before.value);
  });
});
