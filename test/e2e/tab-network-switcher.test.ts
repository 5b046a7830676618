import assert from "node:assert/strict";
import { PAST_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_TENANT_ID } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import { stockholmToUtc } from "../../bot/src/domain/time";
import { scrollsSideways } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

const OTHER = "natverket-for-aldreomsorg";
const elin = users.aleMember().aadObjectId;
const otherMeeting: Meeting = {
  id: "aldreomsorg-1", networkId: OTHER, title: "Nätverksträff om äldreomsorg", startUtc: stockholmToUtc("2031-03-12", "09:00"), endUtc: stockholmToUtc("2031-03-12", "11:00"),
  form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 1,
};

describe("tab: a person in several networks switches between them", () => {
  const suite = browserSuite();

  before(async () => {
    const { stores } = suite.server;
    await stores.networks.create({ id: OTHER, name: "Nätverket för äldreomsorg", tenantId: DEMO_TENANT_ID, coordinatorIds: [], defaultPlace: "Digitalt via Teams", language: "sv" });
    await stores.organisations.create({ id: "ale", networkId: OTHER, name: "Ale kommun", kind: "kommun", order: 1 });
    await stores.members.create({ aadObjectId: elin, networkId: OTHER, displayName: "Elin Bergqvist", email: "elin.bergqvist@example.org", organisationId: "ale", role: "member", active: true });
    await stores.meetings.create(otherMeeting);
  });

  for (const width of [1280, 320]) {
    it(`shows only the chosen network's meetings and remembers the choice (${width} px)`, async () => {
      const page = await suite.open({ devUser: elin, width });
      await page.goto(`${suite.server.url}/tab/`);
      const switcher = page.getByRole("combobox", { name: "Nätverk" });
      await switcher.waitFor();
      await switcher.selectOption({ label: "Nätverket för äldreomsorg" });
      await page.locator(`[data-meeting-id="${otherMeeting.id}"]`).waitFor();
      assert.equal(await page.locator(`[data-meeting-id="${PAST_MEETING_ID}"]`).count(), 0, "no meeting of the other network is shown");
      assert.equal(await scrollsSideways(page), false);
      await page.reload();
      await page.locator(`[data-meeting-id="${otherMeeting.id}"]`).waitFor();
      await page.getByRole("combobox", { name: "Nätverk" }).selectOption({ label: "Nätverket mottagande och integration" });
      await page.locator(`[data-meeting-id="${PAST_MEETING_ID}"]`).waitFor();
      assert.equal(await page.locator(`[data-meeting-id="${otherMeeting.id}"]`).count(), 0);
    });
  }

  it("shows no switcher to a person in one network", async () => {
    const page = await suite.open({ devUser: users.molndalMember().aadObjectId });
    await page.goto(`${suite.server.url}/tab/`);
    await page.locator(`[data-meeting-id="${PAST_MEETING_ID}"]`).waitFor();
    assert.equal(await page.getByRole("combobox", { name: "Nätverk" }).count(), 0);
  });
});
