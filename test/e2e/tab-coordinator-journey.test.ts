import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../bot/src/demo/demo-network";
import { api } from "../helpers/api-client";
import { screenshot, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import { dayFromNow, meetingBody } from "../helpers/invitations";

const OPENING = "Inledning — aktuellt läge i respektive kommun";

describe("tab: the coordinator's journey from nothing to a sent invitation", () => {
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;
  const tab = (hash: string) => `${suite.server.url}/tab/${hash}`;
  const agendaTitles = async (meetingId: string) => ((await suite.server.stores.agenda.list(meetingId)).map((r) => r.value).sort((a, b) => a.number - b.number)).map((i) => i.title);

  it("edits the network's agenda template on Nätverket, and a new meeting starts from it with the network's place", async function () {
    this.timeout(120_000);
    const page = await suite.open({ devUser: coordinator });
    await page.goto(tab("#/admin/network"));
    await page.getByText(`Punkt 1 är alltid "${OPENING}".`).waitFor();
    await page.getByLabel("Punkterna efter punkt 1").fill("Omvärldsbevakning\nKommun i fokus\n\nÖvriga frågor");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByText("Ändringarna är sparade.").waitFor();
    assert.deepEqual((await suite.server.stores.networks.get("network", DEMO_NETWORK_ID))?.value.agendaTemplate, ["Omvärldsbevakning", "Kommun i fokus", "Övriga frågor"]);

    await page.goto(tab("#/meetings/new"));
    await page.getByRole("heading", { name: "Dagordning" }).waitFor();
    assert.equal(await page.getByLabel("Plats").inputValue(), "Digitalt via Teams");
    const items = page.locator("[data-new-agenda-item] input:not([inputmode])");
    assert.deepEqual(await items.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)), [OPENING, "Omvärldsbevakning", "Kommun i fokus", "Övriga frågor"]);

    // Chair and secretary are named with their organisation, members before guests.
    const groups = await page.getByLabel("Ordförande").evaluate((select) => [...select.querySelectorAll("optgroup")].map((g) => [g.label, [...g.querySelectorAll("option")].map((o) => o.textContent)]));
    assert.deepEqual(groups.map((g) => g[0]), ["Ledamöter", "Gäster"]);
    assert.ok((groups[0]![1] as string[]).includes("Lena Forsberg (Lerum)"));
    assert.ok((groups[1]![1] as string[]).includes("Amir Haddad (Härryda)"));

    // Five items in a handful of steps: title, date, one planned time, one more item.
    await page.getByLabel("Rubrik").fill("Nätverksmöte med mall");
    await page.getByLabel("Datum").fill(dayFromNow(40));
    await page.getByLabel("Minuter för punkt 1").fill("45");
    await page.getByRole("button", { name: "Lägg till punkt" }).click();
    await page.getByRole("button", { name: "Skapa mötet" }).click();
    await page.getByText("Rätta de markerade punkterna i dagordningen först.").waitFor();
    await page.getByLabel("Dagordningspunkt 5").fill("Nästa möte");
    assert.deepEqual(await seriousA11yViolations(page), []);
    await screenshot(page, "new-meeting-with-agenda");
    await page.getByRole("button", { name: "Skapa mötet" }).click();
    await page.getByRole("heading", { name: "Nätverksmöte med mall", level: 1 }).waitFor();
    const meetingId = decodeURIComponent(new URL(page.url()).hash.split("/")[2]!);
    assert.deepEqual(await agendaTitles(meetingId), [OPENING, "Omvärldsbevakning", "Kommun i fokus", "Övriga frågor", "Nästa möte"]);
    assert.equal((await suite.server.stores.agenda.get(meetingId, "0001"))?.value.plannedMinutes, 45);
  });

  it("copies the previous meeting's agenda into a new meeting", async function () {
    this.timeout(90_000);
    const meetings = (await api(suite.server.url, "/meetings", { user: coordinator })).body.meetings as { id: string; status: string; title: string }[];
    const previous = meetings.filter((m) => m.status !== "cancelled").at(-1)!;
    const expected = await agendaTitles(previous.id);
    const page = await suite.open({ devUser: coordinator });
    await page.goto(tab("#/meetings/new"));
    await page.getByRole("button", { name: "Kopiera förra mötets dagordning" }).click();
    await page.getByText(`Kopierad från "${previous.title}".`).waitFor();
    const items = page.locator("[data-new-agenda-item] input:not([inputmode])");
    assert.deepEqual(await items.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)), expected);
  });

  it("shows the invitation card and who it won't reach before sending, and sends only after the confirmation", async function () {
    this.timeout(90_000);
    const created = await api(suite.server.url, "/meetings", { user: coordinator, method: "POST", body: meetingBody({ title: "Möte att förhandsvisa" }) });
    const page = await suite.open({ devUser: coordinator });
    await page.goto(tab(`#/meetings/${created.body.id}`));
    await page.getByRole("button", { name: "Skicka kallelse" }).click();
    const dialog = page.getByRole("dialog", { name: "Skicka kallelsen?" });
    const preview = dialog.locator("[data-card-preview]");
    await preview.getByText("Kallelse: Möte att förhandsvisa").waitFor();
    assert.match(await preview.innerText(), /Omvärldsbevakning[\s\S]*Kommer/);
    assert.match(await dialog.locator("[data-invitation-reach]").innerText(), /Kallelsen är till \d+ ledamöter\. \d+ får den nu, \d+ nås inte\./);
    await screenshot(page, "invitation-confirm");
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    assert.equal((await suite.server.stores.meetings.get(DEMO_NETWORK_ID, created.body.id))?.value.status, "draft", "nothing is sent without the confirmation");
    assert.equal((await suite.server.stores.invitations.list(created.body.id)).length, 0);

    await page.getByRole("button", { name: "Skicka kallelse" }).click();
    await dialog.getByRole("button", { name: "Skicka kallelsen" }).click();
    await page.locator("[data-invitation-report]").getByText(/\d+ av \d+ nådda/).waitFor();
    assert.equal((await suite.server.stores.meetings.get(DEMO_NETWORK_ID, created.body.id))?.value.status, "invited");
  });

  it("asks 'Meddela deltagarna?' when the agenda of an invited meeting changes, listing the changes, and sends the choice", async function () {
    this.timeout(90_000);
    const created = await api(suite.server.url, "/meetings", { user: coordinator, method: "POST", body: meetingBody({ title: "Möte med rättad dagordning" }) });
    await api(suite.server.url, `/meetings/${created.body.id}/invitations`, { user: coordinator, method: "POST" });
    const page = await suite.open({ devUser: coordinator });
    const bodies: unknown[] = [];
    page.on("request", (r) => r.method() === "PUT" && new URL(r.url()).pathname.endsWith("/agenda") && bodies.push(r.postDataJSON()));
    await page.goto(tab(`#/meetings/${created.body.id}`));
    await page.getByRole("button", { name: "Redigera dagordningen" }).click();
    await page.locator('[data-edit-item="2"]').getByLabel("Rubrik").fill("Omvärldsbevakningen");
    await page.getByRole("button", { name: "Spara dagordningen" }).click();
    const dialog = page.getByRole("dialog", { name: "Meddela deltagarna?" });
    assert.match(await dialog.locator("[data-agenda-changes]").innerText(), /Punkt 2 heter nu "Omvärldsbevakningen" \(förut "Omvärldsbevakning"\)/);
    assert.equal(bodies.length, 0, "nothing is saved before the choice");
    await screenshot(page, "agenda-notify-dialog");
    await dialog.getByRole("button", { name: "Nej, bara spara" }).click();
    await page.getByRole("heading", { name: "Omvärldsbevakningen" }).waitFor();
    assert.equal((bodies[0] as { notify: boolean }).notify, false);

    await page.getByRole("button", { name: "Redigera dagordningen" }).click();
    await page.getByRole("button", { name: "Lägg till punkt" }).click();
    await page.locator('[data-edit-item="3"]').getByLabel("Rubrik").fill("Nästa möte");
    await page.getByRole("button", { name: "Spara dagordningen" }).click();
    assert.match(await dialog.locator("[data-agenda-changes]").innerText(), /Ny punkt 3: Nästa möte/);
    await dialog.getByRole("button", { name: "Ja, meddela dem" }).click();
    await page.getByRole("heading", { name: "Nästa möte" }).waitFor();
    assert.equal((bodies[1] as { notify: boolean }).notify, true);
  });

  it("saves a draft meeting's agenda without asking", async function () {
    this.timeout(60_000);
    const created = await api(suite.server.url, "/meetings", { user: coordinator, method: "POST", body: meetingBody({ title: "Utkast med dagordning" }) });
    const page = await suite.open({ devUser: coordinator });
    await page.goto(tab(`#/meetings/${created.body.id}`));
    await page.getByRole("button", { name: "Redigera dagordningen" }).click();
    await page.locator('[data-edit-item="2"]').getByLabel("Rubrik").fill("Omvärld");
    await page.getByRole("button", { name: "Spara dagordningen" }).click();
    await page.getByRole("heading", { name: /Omvärld$/ }).waitFor();
    assert.equal(await page.getByRole("dialog").count(), 0);
  });
});
