import type { Request, Response, Server } from "restify";
import { minutesMessages } from "./texts";
import type { MinutesDocument } from "../domain/minutes";
import { renderMinutesMarkdown } from "../domain/minutes-render";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import { sendError } from "../api/http-errors";
import { requestLanguage } from "../api/route";
import { minutesDocx } from "./exports/minutes-docx";
import { minutesPdf } from "./exports/minutes-pdf";

interface Export {
  extension: "md" | "docx" | "pdf";
  contentType: string;
  render(doc: MinutesDocument, createdAt: Date): Promise<Buffer | string>;
}

const exportsByKind: Export[] = [
  { extension: "md", contentType: "text/markdown; charset=utf-8", render: async (doc) => renderMinutesMarkdown(doc) },
  // docx and pdfkit are loaded by the first export that needs them, not at start.
  { extension: "docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: (doc) => minutesDocx(doc) },
  { extension: "pdf", contentType: "application/pdf", render: (doc, createdAt) => minutesPdf(doc, createdAt) },
];

/**
 * Registers `GET …/minutes.md`, `.docx` and `.pdf`: the published version for every member, the draft
 * only for those who may read it; downloaded as `anteckningar-<date>.<ext>`.
 */
export function registerMinutesExportRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const services = app.minutes;
  for (const format of exportsByKind) {
    server.get(`/api/v1/meetings/:meetingId/minutes.${format.extension}`, async (req: Request, res: Response) => {
      try {
        const caller = await ctx.caller(req);
        const { meeting, member } = await services.meetings.getFor(caller.aadObjectId, req.params.meetingId);
        const minutes = await services.reader.require(member, meeting.value);
        const latest = minutes.data.versions.at(-1);
        const body = await format.render(minutes.document, latest ? new Date(latest.at) : app.clock.now());
        const name = `${minutesMessages[minutes.document.language].fileName}-${minutes.document.date}.${format.extension}`;
        res.writeHead(200, {
          "Content-Type": format.contentType,
          "Content-Disposition": `attachment; filename="${name}"`,
          "Cache-Control": "no-store",
        });
        res.end(body);
      } catch (error) {
        ctx.logger.info({ err: error, path: req.path() }, "minutes export failed");
        sendError(res, error, requestLanguage(req));
      }
    });
  }
}
