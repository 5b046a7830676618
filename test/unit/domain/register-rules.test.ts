import assert from "node:assert/strict";
import { AppError } from "../../../bot/src/domain/errors";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";
import { assertKeepsCoordinator, assertValidSettings } from "../../../bot/src/domain/network-rules";
import { effectiveSettings } from "../../../bot/src/domain/network-settings";
import { orderAfterLast, reordered } from "../../../bot/src/domain/organisation-order";
import { timingFor } from "../../../bot/src/round-table/collection-scheduler";

const org = (id: string, order: number): Organisation => ({ id, networkId: "n", name: id, kind: "kommun", order });
const member = (id: string, role: Member["role"], active = true): Member => ({ aadObjectId: id, networkId: "n", displayName: id, email: `${id}@example.org`, organisationId: "a", role, active });
const defaults = { reminderDaysBefore: 2, roundTableDaysBefore: 7, roundTableReminderDaysBefore: 2, notifyMembersOnPublish: true };

describe("register rules", () => {
  it("renumbers only the organisations whose place changes, in steps of ten", () => {
    const changes = reordered([org("a", 0), org("b", 10), org("c", 20)], ["b", "a", "c"]);
    assert.deepEqual(changes.map((o) => [o.id, o.order]), [["b", 0], ["a", 10]]);
  });

  it("refuses an order that leaves out, repeats or invents an organisation", () => {
    const all = [org("a", 0), org("b", 10)];
    for (const ids of [["a"], ["a", "a"], ["a", "x"], ["a", "b", "x"]]) {
      assert.throws(() => reordered(all, ids), (e: unknown) => e instanceof AppError && e.code === "invalid_order", ids.join(","));
    }
  });

  it("puts a new organisation after the last one", () => {
    assert.equal(orderAfterLast([]), 0);
    assert.equal(orderAfterLast([org("a", 40), org("b", 5)]), 50);
  });

  it("takes the network's own settings over the deployment's, one by one", () => {
    assert.deepEqual(effectiveSettings({ settings: { roundTableDaysBefore: 10 } }, defaults), { ...defaults, roundTableDaysBefore: 10 });
    assert.deepEqual(effectiveSettings({}, defaults), defaults);
    assert.deepEqual(timingFor({ settings: { roundTableReminderDaysBefore: 0 } }, { daysBefore: 7, reminderDaysBefore: 2 }), { daysBefore: 7, reminderDaysBefore: 0 });
  });

  it("refuses a round-table reminder that is not after the ask", () => {
    assert.throws(() => assertValidSettings({ ...defaults, roundTableDaysBefore: 3, roundTableReminderDaysBefore: 3 }), /fewer days/);
    assert.doesNotThrow(() => assertValidSettings({ ...defaults, roundTableDaysBefore: 3, roundTableReminderDaysBefore: 0 }));
  });

  it("keeps at least one active coordinator", () => {
    assert.throws(() => assertKeepsCoordinator([member("a", "member"), member("b", "coordinator", false)]), (e: unknown) => e instanceof AppError && e.code === "last_coordinator");
    assert.doesNotThrow(() => assertKeepsCoordinator([member("a", "coordinator")]));
  });
});
