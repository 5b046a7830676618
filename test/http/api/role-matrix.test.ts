import assert from "node:assert/strict";
import { routeRows, routesOutsideMatrix, type RouteRow } from "../../fixtures/role-matrix/routes";
import { LocalIdentity } from "../../helpers/local-identity";
import { RoleClient, type MatrixAnswer } from "../../helpers/role-matrix-client";
import { matrixRoles, startRoleWorld, type RoleWorld, type MatrixRole } from "../../helpers/role-world";
import type { TestServer } from "../../helpers/test-server";


/** Every route the real server registered, as "METHOD /path". */
function registeredRoutes(server: TestServer): string[] {
  // restify 11 keeps its routes by name; its types call the result an array.
  const routes = Object.values(server.app.server.router.getRoutes() as unknown as Record<string, { method: string; path: string }>);
  return routes.map((r) => `${r.method.toUpperCase()} ${r.path}`);
}

describe("role matrix: every /api/v1 route × role", function () {
  this.timeout(120_000);
  let world: RoleWorld;
  let identity: LocalIdentity;
  let server: TestServer;
  let client: RoleClient;

  before(async () => {
    world = await startRoleWorld();
    ({ server, identity } = world);
    client = new RoleClient(server, identity);
  });
  after(() => world.stop());

  it("has a row for every route the server registers, and no row for a route it does not", () => {
    const rows = new Set(routeRows.map((r) => `${r.method} ${r.route}`));
    const registered = registeredRoutes(server);
    const missing = registered.filter((r) => !rows.has(r) && !(r in routesOutsideMatrix));
    assert.deepEqual(missing, [], "routes without a row in test/fixtures/role-matrix/routes.ts");
    assert.deepEqual([...rows].filter((r) => !registered.includes(r)), [], "rows for routes the server does not have");
    assert.ok(registered.filter((r) => r.includes("/api/v1/")).every((r) => rows.has(r)), "every /api/v1 route is in the matrix itself");
  });

  let run = 0;
  const read = async (path: string) => (await client.call("coordinator", "GET", { path })).body as Record<string, unknown>;
  async function ask(row: RouteRow, role: MatrixRole): Promise<MatrixAnswer> {
    return client.call(role, row.method, await row.request(role, { run: ++run, read }));
  }

  for (const row of routeRows) {
    it(`${row.method} ${row.route}`, async () => {
      // Refusals first and together (they change nothing), then the roles that succeed one by one.
      const succeeds = (role: MatrixRole) => row.expect[role] < 300 || row.expect[role] === 409;
      const answers = new Map<MatrixRole, MatrixAnswer>();
      await Promise.all(matrixRoles.filter((r) => !succeeds(r)).map(async (role) => answers.set(role, await ask(row, role))));
      for (const role of matrixRoles.filter(succeeds)) answers.set(role, await ask(row, role));

      const actual = Object.fromEntries(matrixRoles.map((role) => [role, answers.get(role)!.status]));
      assert.deepEqual(actual, row.expect, `${row.method} ${row.route}: ${JSON.stringify(Object.fromEntries(matrixRoles.filter((r) => actual[r] !== row.expect[r]).map((r) => [r, answers.get(r)!.text.slice(0, 200)])))}`);
      for (const role of matrixRoles) {
        const answer = answers.get(role)!;
        if (answer.status >= 400) {
          const error = (answer.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
          assert.ok(typeof error?.code === "string" && typeof error.message === "string" && error.message.length > 10, `${role}: a clear JSON error, got ${answer.text.slice(0, 200)}`);
          assert.doesNotMatch(answer.text, /Johan Berg|Läget i Ale|Privat kommentar|gr-mottagande-integration/, `${role}: the refusal shows no data`);
        } else {
          const problem = row.hidden?.[role]?.(answer.body, answer.text);
          assert.equal(problem, undefined, `${role}: ${problem}`);
        }
      }
    });
  }
});
