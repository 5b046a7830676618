import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../../../bot/src/config";
import { firstNetworkRows, slugOf } from "../../../bot/src/domain/first-network";

const COORDINATOR_ID = "7f3c2a10-5b4d-4e6f-8a9b-0c1d2e3f4a5b";
const TENANT = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
const complete = {
  BOT_ID: "app",
  BOT_PASSWORD: "secret",
  BOT_TENANT_ID: TENANT,
  NETWORK_NAME: "Nätverk för Välfärd Örebro",
  FIRST_COORDINATOR_ID: COORDINATOR_ID,
  FIRST_COORDINATOR_NAME: "Sanna Lindqvist",
  FIRST_COORDINATOR_EMAIL: "sanna.lindqvist@example.org",
  FIRST_COORDINATOR_ORGANISATION: "Regionförbundet Östra",
};
const without = (name: keyof typeof complete) => Object.fromEntries(Object.entries(complete).filter(([key]) => key !== name));
const refusedNaming = (env: Record<string, string>, setting: string) =>
  assert.throws(() => loadConfig(env, undefined), (e: unknown) => e instanceof ConfigError && e.message.startsWith(`Invalid setting ${setting}: `) && !e.message.includes("\n"));

describe("first network settings", () => {
  it("has no first network when FIRST_COORDINATOR_ID is not set", () => {
    assert.equal(loadConfig({ BOT_ID: "app", BOT_PASSWORD: "secret" }, undefined).firstNetwork, undefined);
  });

  it("reads a complete set, with the bot's tenant and the default place", () => {
    assert.deepEqual(loadConfig(complete, undefined).firstNetwork, {
      name: "Nätverk för Välfärd Örebro",
      tenantId: TENANT,
      place: "Digitalt via Teams",
      coordinator: { aadObjectId: COORDINATOR_ID, displayName: "Sanna Lindqvist", email: "sanna.lindqvist@example.org", organisationName: "Regionförbundet Östra" },
    });
  });

  it("prefers NETWORK_TENANT_ID and NETWORK_PLACE when given", () => {
    const first = loadConfig({ ...complete, NETWORK_TENANT_ID: "other-tenant", NETWORK_PLACE: "Stadshuset, sal 2" }, undefined).firstNetwork!;
    assert.equal(first.tenantId, "other-tenant");
    assert.equal(first.place, "Stadshuset, sal 2");
  });

  it("stops with one line naming each missing setting", () => {
    refusedNaming(without("NETWORK_NAME"), "NETWORK_NAME");
    refusedNaming(without("FIRST_COORDINATOR_NAME"), "FIRST_COORDINATOR_NAME");
    refusedNaming(without("FIRST_COORDINATOR_EMAIL"), "FIRST_COORDINATOR_EMAIL");
    refusedNaming(without("FIRST_COORDINATOR_ORGANISATION"), "FIRST_COORDINATOR_ORGANISATION");
    refusedNaming(without("BOT_TENANT_ID"), "NETWORK_TENANT_ID");
    refusedNaming({ ...complete, NETWORK_NAME: "  " }, "NETWORK_NAME");
  });

  it("stops on a bad value", () => {
    refusedNaming({ ...complete, FIRST_COORDINATOR_EMAIL: "not an address" }, "FIRST_COORDINATOR_EMAIL");
    refusedNaming({ ...complete, NETWORK_NAME: "–––" }, "NETWORK_NAME");
    refusedNaming({ ...complete, FIRST_COORDINATOR_ORGANISATION: "!!" }, "FIRST_COORDINATOR_ORGANISATION");
  });

  it("stops when network settings are given without FIRST_COORDINATOR_ID", () => {
    refusedNaming(without("FIRST_COORDINATOR_ID"), "FIRST_COORDINATOR_ID");
  });
});

describe("first network rows", () => {
  it("makes ids from names: å/ä to a, ö to o, lowercase, dashes", () => {
    assert.equal(slugOf("Nätverk för Välfärd Örebro"), "natverk-for-valfard-orebro");
    assert.equal(slugOf("  Åre & Ånge: Samverkan  "), "are-ange-samverkan");
    assert.equal(slugOf("Café 2026"), "cafe-2026");
  });

  it("describes the network with the coordinator, an organisation of kind annan and a coordinator member", () => {
    const rows = firstNetworkRows(loadConfig(complete, undefined).firstNetwork!);
    assert.equal(rows.network.id, "natverk-for-valfard-orebro");
    assert.deepEqual(rows.network.coordinatorIds, [COORDINATOR_ID]);
    assert.equal(rows.organisation.id, "regionforbundet-ostra");
    assert.equal(rows.organisation.kind, "annan");
    assert.equal(rows.organisation.networkId, rows.network.id);
    assert.equal(rows.member.role, "coordinator");
    assert.equal(rows.member.organisationId, rows.organisation.id);
    assert.equal(rows.member.active, true);
  });
});
