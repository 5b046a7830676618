import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { storeExampleMeeting } from "../../helpers/example-minutes";
import { startTestServer, type TestServer } from "../../helpers/test-server";

interface Result {
  meetingId: string;
  meetingTitle: string;
  startUtc: string;
  kind: string;
  itemNumber?: number;
  organisationName?: string;
  snippet: string;
  match: "exact" | "folded";
}

describe("search across the network's meetings", () => {
  let server: TestServer;
  const search = async (user: string, q: string): Promise<Result[]> => {
    const res = await api(server.url, `/search?q=${encodeURIComponent(q)}`, { user });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.results;
  };
  const member = () => users.aleMember().aadObjectId;
  const secretary = () => users.secretary().aadObjectId;

  before(async () => {
    server = await startTestServer();
    await storeExampleMeeting(server.stores);
  });
  after(() => server.stop());

  it("finds round-table entries by a word's beginning, with the organisation and a snippet, in the caller's network only", async () => {
    const results = await search(member(), "kvällsgr");
    assert.deepEqual(results.map((r) => [r.meetingId, r.kind, r.organisationName]), [["demo-2025-03-12", "round-table", "Alingsås"]]);
    assert.equal(results[0]!.snippet, "SFI har utökat med en kvällsgrupp.");
    assert.equal(results[0]!.meetingTitle, "Nätverksmöte mottagande och integration");
  });

  it("finds agenda titles case-insensitively, newest meeting first, with the item number; drafts only for the coordinator", async () => {
    const results = (await search(users.coordinator().aadObjectId, "OMVÄRLD")).filter((r) => r.kind === "agenda");
    assert.deepEqual(results.map((r) => [r.meetingId, r.kind, r.itemNumber]), [["demo-upcoming", "agenda", 2], ["demo-2025-03-12", "agenda", 2]]);
    const forMember = await search(member(), "OMVÄRLD");
    assert.deepEqual(forMember.map((r) => [r.meetingId, r.kind, r.itemNumber]), [["demo-2025-03-12", "agenda", 2]], "the upcoming demo meeting is a draft");
  });

  it("finds agenda descriptions", async () => {
    const results = await search(member(), "verksamheter minskat");
    assert.deepEqual(results.map((r) => [r.meetingId, r.kind, r.itemNumber]), [["demo-2025-03-12", "agenda", 3]]);
    assert.match(results[0]!.snippet, /Hur påverkas våra verksamheter av ett minskat mottagande\?/);
  });

  it("finds Länsstyrelsen from 'lansstyrelsen' (case and diacritics folded), exact matches first", async () => {
    const folded = await search(secretary(), "lansstyrelsen");
    assert.ok(folded.some((r) => r.kind === "minutes" && r.itemNumber === undefined && r.snippet.includes("Nils Åberg, Länsstyrelsen") && r.match === "folded"));
    const exact = await search(secretary(), "länsstyr");
    assert.ok(exact.length > 0 && exact.every((r) => r.match === "exact"));
    const mixed = await search(secretary(), "har"); // "har utökat" as typed, "Härryda" folded
    const kinds = mixed.map((r) => r.match);
    assert.ok(kinds.includes("exact") && kinds.includes("folded"), JSON.stringify(mixed.map((r) => r.snippet)));
    assert.deepEqual(kinds, [...kinds].sort(), "exact before folded");
  });

  it("searches draft minutes only for those who may read them", async () => {
    const forSecretary = await search(secretary(), "mammor arbete");
    assert.ok(forSecretary.some((r) => r.kind === "minutes" && r.itemNumber === 4));
    const forMember = await search(member(), "mammor arbete");
    assert.ok(forMember.every((r) => r.kind !== "minutes"));
    assert.ok(forMember.some((r) => r.kind === "round-table" && r.organisationName === "Härryda"));
  });

  it("searches published minutes for every member", async () => {
    assert.equal((await api(server.url, "/meetings/demo-2025-03-12/minutes/publish", { user: users.coordinator().aadObjectId, method: "POST" })).status, 200);
    const results = await search(member(), "mammor arbete");
    assert.ok(results.some((r) => r.kind === "minutes" && r.itemNumber === 4 && r.snippet.includes("Mammor i arbete")));
  });

  it("refuses an empty, punctuation-only, missing or too long query with 400, and a stranger with 403", async () => {
    for (const q of ["", "  ", "?!*"]) {
      const res = await api(server.url, `/search?q=${encodeURIComponent(q)}`, { user: member() });
      assert.equal(res.status, 400, q);
      assert.equal(res.body.error.code, "query_empty");
    }
    assert.equal((await api(server.url, "/search", { user: member() })).status, 400);
    assert.equal((await api(server.url, `/search?q=${"a".repeat(201)}`, { user: member() })).body.error.code, "invalid_input");
    assert.equal((await api(server.url, "/search?q=mottagande", { user: users.stranger().aadObjectId })).status, 403);
  });
});
