import type { SearchPayload } from "../api/contract";
import type { Server } from "restify";
import { z } from "zod";
import { invalid } from "../domain/errors";
import { queryWords } from "../domain/search";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { parseBody } from "../api/validate";

const searchQuery = z.object({ q: z.string().max(200) });

/** Registers `GET /api/v1/search?q=` over the caller's network's minutes, agenda titles and round-table entries. */
export function registerSearchRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const services = app.minutes;
  server.get("/api/v1/search", route(ctx.logger, async (req) => {
    const member = await ctx.callerMember(req);
    const { q } = parseBody(searchQuery, req.query);
    if (queryWords(q).length === 0) {
      throw invalid("query_empty", "Skriv minst ett ord att söka efter.", "Type at least one word to search for.", { field: "q" });
    }
    return { status: 200, body: { query: q, results: await services.search.run(member, q) } satisfies SearchPayload };
  }));
}
