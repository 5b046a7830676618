import type { Request } from "restify";
import { fileTooLarge } from "../domain/material";
import { invalid } from "../domain/errors";

/** The one route whose body is a file (application/octet-stream); every other body is JSON. */
export const MATERIAL_UPLOAD_PATH = /^\/api\/v1\/meetings\/[^/]+\/material\/[^/]+\/file$/;

/** Whether a request is a material upload: PUT of application/octet-stream to the upload route. */
export function isMaterialUpload(req: Request): boolean {
  const type = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return req.method === "PUT" && type === "application/octet-stream" && MATERIAL_UPLOAD_PATH.test(req.path());
}

/** The announced size of a body (Content-Length), or undefined when it is sent in chunks. */
export function announcedLength(req: Request): number | undefined {
  const value = req.headers["content-length"];
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw invalid("content_length_invalid", "Ogiltig Content-Length.", "Invalid Content-Length.");
  return n;
}

/**
 * Reads a request body of at most `maxBytes` (413 as soon as it grows past it, reading no further), giving up
 * when no byte arrives for `idleMs`.
 */
export function readBody(req: Request, maxBytes: number, idleMs = 30_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.removeAllListeners("data");
      if (error) {
        req.resume();
        reject(error);
      } else {
        resolve(Buffer.concat(chunks, size));
      }
    };
    let timer = setTimeout(() => finish(invalid("upload_stalled", "Uppladdningen avbröts.", "The upload stalled.")), idleMs);
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        finish(fileTooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
      clearTimeout(timer);
      timer = setTimeout(() => finish(invalid("upload_stalled", "Uppladdningen avbröts.", "The upload stalled.")), idleMs);
    });
    req.on("end", () => finish());
    req.on("error", (error) => finish(error));
    req.on("aborted", () => finish(invalid("upload_aborted", "Uppladdningen avbröts.", "The upload was aborted.")));
  });
}
