import type { Request, Response, Server } from "restify";
import { z } from "zod";
import type { MaterialListView, MaterialView } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { ifMatch } from "../api/if-match";
import { requestLanguage, route } from "../api/route";
import { parseBody } from "../api/validate";
import { sendError } from "../api/http-errors";
import { invalid } from "../domain/errors";
import type { AppServices } from "../app-services";
import { announcedLength, readBody } from "./upload-body";

/** The body of `PUT /meetings/{id}/material/{materialId}`: a link to an agenda item. */
export const materialLinkInput = z.object({
  itemNumber: z.number().int().min(1).max(999),
  kind: z.literal("link"),
  title: z.string().max(400),
  url: z.string().max(4000),
}).strict();

function uploadRequestOf(query: Record<string, unknown> | undefined) {
  const item = Number(query?.item);
  const name = typeof query?.name === "string" ? query.name : "";
  const title = typeof query?.title === "string" ? query.title : undefined;
  if (!Number.isInteger(item) || item < 1 || item > 999) {
    throw invalid("material_item_missing", "Ange punktens nummer (?item=3).", "Give the item's number (?item=3).");
  }
  return { itemNumber: item, fileName: name, title };
}

/**
 * Registers the material routes: `GET /meetings/{id}/material` (everyone who may read the meeting),
 * `PUT …/material/{materialId}` (a link, JSON), `PUT …/material/{materialId}/file?item=N&name=…` (a file,
 * application/octet-stream, read only after the caller may upload), `GET …/material/{materialId}/file` (always
 * a download, never shown inline) and `DELETE …/material/{materialId}` (If-Match).
 */
export function registerMaterialRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const material = app.material;

  server.get("/api/v1/meetings/:meetingId/material", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    return { status: 200, body: (await material.list(caller.aadObjectId, req.params.meetingId)) satisfies MaterialListView };
  }));

  server.put("/api/v1/meetings/:meetingId/material/:materialId", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const input = parseBody(materialLinkInput, req.body);
    const result = await material.addLink(caller.aadObjectId, req.params.meetingId, req.params.materialId, input);
    return { status: result.created ? 201 : 200, body: result.material satisfies MaterialView };
  }));

  server.put("/api/v1/meetings/:meetingId/material/:materialId/file", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const type = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/octet-stream") {
      throw invalid("material_not_a_file", "Skicka filen som application/octet-stream.", "Send the file as application/octet-stream.");
    }
    const prepared = await material.prepareUpload(caller.aadObjectId, req.params.meetingId, req.params.materialId, uploadRequestOf(req.query), announcedLength(req));
    const data = await readBody(req, prepared.maxBytes);
    const result = await material.upload(prepared, data);
    return { status: result.created ? 201 : 200, body: result.material satisfies MaterialView };
  }));

  server.get("/api/v1/meetings/:meetingId/material/:materialId/file", async (req: Request, res: Response) => {
    try {
      const caller = await ctx.caller(req);
      const { material: file, data } = await material.download(caller.aadObjectId, req.params.meetingId, req.params.materialId);
      const ascii = file.fileName!.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
      // Always a download with a type the browser will not run or render: never inline, never sniffed.
      res.writeHead(200, {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName!)}`,
        "Content-Length": String(data.length),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      });
      res.end(data);
    } catch (error) {
      logger.info({ err: error, path: req.path() }, "material download failed");
      sendError(res, error, requestLanguage(req));
    }
  });

  server.del("/api/v1/meetings/:meetingId/material/:materialId", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    await material.remove(caller.aadObjectId, req.params.meetingId, req.params.materialId, ifMatch(req));
    return { status: 204 };
  }));
}
