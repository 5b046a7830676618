import { createReadStream, statSync, type Stats } from "node:fs";
import { extname, resolve, sep } from "node:path";
import type { Next, Request, Response } from "restify";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** The build names files `<name>-<8-character content hash>.<ext>`: such a file never changes. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
const ENCODINGS = [
  { name: "br", extension: ".br" },
  { name: "gzip", extension: ".gz" },
] as const;

/** How long a browser may keep a file: hashed files for a year without asking, everything else revalidated. */
export function cacheControlOf(path: string): string {
  return HASHED_NAME.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

function fileAt(path: string): Stats | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

function accepts(req: Request, encoding: string): boolean {
  const header = String(req.headers["accept-encoding"] ?? "");
  return header.split(",").some((part) => {
    const [name, ...params] = part.trim().split(";");
    return name!.trim().toLowerCase() === encoding && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

// The same answer restify's own static file plugin gave for a missing file.
function notFound(req: Request, res: Response, next: Next): void {
  res.send(404, { error: { code: "resource_not_found", message: req.path() } });
  next(false);
}

/**
 * Serves the files under `root` for a `…/*` route: a directory means its index.html; a precompressed copy
 * (`.br`, `.gz` written by the build) is sent with its Content-Encoding when the browser accepts it; hashed
 * names are cached as immutable and everything else is revalidated (ETag) on every load.
 */
export function staticFiles(root: string) {
  const base = resolve(root);
  return (req: Request, res: Response, next: Next): void => {
    let relative: string;
    try {
      relative = decodeURIComponent(String(req.params["*"] ?? ""));
    } catch {
      notFound(req, res, next);
      return;
    }
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    const path = resolve(base, relative);
    const stat = path.startsWith(base + sep) ? fileAt(path) : undefined;
    if (!stat) {
      notFound(req, res, next);
      return;
    }
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
    const encoded = ENCODINGS.map((e) => ({ ...e, stat: fileAt(path + e.extension) })).find((e) => e.stat && accepts(req, e.name));
    const sent = encoded?.stat ?? stat;
    const etag = `W/"${sent.size.toString(16)}-${Math.floor(sent.mtimeMs).toString(16)}${encoded ? `-${encoded.name}` : ""}"`;
    const headers: Record<string, string | number> = { "Content-Type": type, "Cache-Control": cacheControlOf(path), ETag: etag, Vary: "Accept-Encoding" };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      next(false);
      return;
    }
    if (encoded) headers["Content-Encoding"] = encoded.name;
    headers["Content-Length"] = sent.size;
    res.writeHead(200, headers);
    const stream = createReadStream(encoded ? path + encoded.extension : path);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
    next(false);
  };
}
