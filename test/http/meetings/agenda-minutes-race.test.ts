import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { minutesPath, PAST, people } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

interface Item { number: number; title: string; presenters: string[]; plannedMinutes?: number; description?: string; notes?: string }

const WATCHED = "Dialog i mindre grupper";

describe("agenda replace racing a minutes item save", function () {
  this.timeout(120_000);
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  async function agenda(): Promise<Item[]> {
    return (await api(server.url, `/meetings/${PAST}`, { user: people.coordinator() })).body.agenda;
  }

  /** The coordinator moves the watched item one place (swapping it with a neighbour) and edits a description. */
  async function replaceAgenda(round: number): Promise<number> {
    const items = await agenda();
    const at = items.findIndex((i) => i.title === WATCHED);
    const other = at === 1 ? 2 : 1;
    const order = items.map((_, index) => (index === at ? other : index === other ? at : index)).map((index) => items[index]!);
    const inputs = order.map((i) => ({ title: i.title, presenters: i.presenters, number: i.number, description: `runda ${round}` }));
    return (await api(server.url, `/meetings/${PAST}/agenda`, { user: people.coordinator(), method: "PUT", body: { items: inputs } })).status;
  }

  /** The watched item's number and eTag as the secretary reads them. */
  async function watchedItem(): Promise<{ number: number; etag: string }> {
    const minutes = await api(server.url, minutesPath, { user: people.secretary() });
    return minutes.body.items.find((i: { title: string }) => i.title === WATCHED);
  }

  /** The secretary saves the watched item's notes with the eTag read before. */
  async function saveNotes(round: number, item: { number: number; etag: string }): Promise<number> {
    const res = await api(server.url, `${minutesPath}/items/${item.number}`, {
      user: people.secretary(), method: "PUT", body: { notes: `anteckning ${round}` }, headers: { "If-Match": item.etag },
    });
    return res.status;
  }

  it("never loses an acknowledged item save in 40 concurrent rounds", async () => {
    let acknowledged = 0;
    for (let round = 1; round <= 40; round += 1) {
      // The save starts a little later each round so that it lands before, inside and after the replace.
      const item = await watchedItem();
      const pause = (round % 20) * 1.5;
      const [replaced, saved] = await Promise.all([replaceAgenda(round), new Promise((r) => setTimeout(r, pause)).then(() => saveNotes(round, item))]);
      assert.equal(replaced, 200, `round ${round}: agenda`);
      assert.ok(saved === 200 || saved === 409, `round ${round}: save ${saved}`);
      const watched = (await server.stores.agenda.list(PAST)).map((r) => r.value).filter((i) => i.title === WATCHED);
      assert.equal(watched.length, 1, `round ${round}: one watched item`);
      if (saved === 200) {
        acknowledged += 1;
        assert.equal(watched[0]!.notes, `anteckning ${round}`, `round ${round}: the acknowledged save is kept`);
      }
    }
    assert.ok(acknowledged > 0, "some saves were acknowledged");
    assert.equal((await agenda()).length, 5);
  });
});
