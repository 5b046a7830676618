import assert from "node:assert/strict";
import pino from "pino";
import { TableAuditLog } from "../../../bot/src/audit/audit-log";
import { demoMember, DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import { fixedClock } from "../../../bot/src/domain/clock";
import { RegisterService } from "../../../bot/src/register/register-service";
import type { Stores } from "../../../bot/src/storage/repository";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("audit log: the entry comes first", () => {
  let storage: TestStorage;
  const clock = fixedClock("2026-03-01T10:00:00Z");
  const logger = pino({ level: "silent" });
  const coordinator = demoMember("Johan Berg");
  const ida = demoMember("Ida Holm");
  const period = { from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z" };

  before(async () => {
    storage = await startTestStorage();
    await seedDemoData(storage.stores);
  });
  after(() => storage.stop());

  it("makes no change when the entry cannot be written", async () => {
    const broken: Stores = { ...storage.stores, audit: { ...storage.stores.audit, create: () => Promise.reject(new Error("storage down")) } };
    const register = new RegisterService(storage.stores, new TableAuditLog(broken, clock, logger));
    await assert.rejects(() => register.updateMember(coordinator, ida.aadObjectId, () => ({ ...ida, role: "coordinator" })), /storage down/);
    assert.equal((await storage.stores.members.get(DEMO_NETWORK_ID, ida.aadObjectId))!.value.role, ida.role);
  });

  it("takes the entry back when the change fails", async () => {
    const audit = new TableAuditLog(storage.stores, clock, logger);
    const draft = { networkId: DEMO_NETWORK_ID, actorId: coordinator.aadObjectId, actorName: coordinator.displayName, action: "member.update" as const, target: ida.aadObjectId, changes: [] };
    await assert.rejects(() => audit.during(draft, () => Promise.reject(new Error("conflict"))), /conflict/);
    assert.deepEqual(await audit.list(DEMO_NETWORK_ID, period), []);
    await audit.during(draft, () => Promise.resolve());
    assert.equal((await audit.list(DEMO_NETWORK_ID, period)).length, 1);
  });
});
