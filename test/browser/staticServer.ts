import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import * as zlib from "zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Compressed when asked: text, as docs/deployment.md has the host serve it. */
const COMPRESSIBLE = new Set([".html", ".js", ".json", ".xml"]);

/**
 * Serves a folder on 127.0.0.1 at a free port, as the dev server would serve dist/. With `gzip`, text
 * files go gzipped to a browser that accepts it, as from a production host (the benchmark).
 */
export async function serveFolder(
  root: string,
  options: { gzip?: boolean } = {}
): Promise<{ url: string; close: () => Promise<void> }> {
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(root, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    const accepts = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (options.gzip && accepts && COMPRESSIBLE.has(path.extname(file))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = zlib.gzipSync(fs.readFileSync(file), { level: 9 })));
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Encoding": "gzip",
        Vary: "Accept-Encoding",
      });
      res.end(body);
      return;
    }
    res.writeHead(200, { "Content-Type": type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
