/**
 * The production server (`npm start`): Next.js's own request handler behind a thin front door
 * (lib/front-door.ts) that screens each request, answers requests for prerendered pages' HTML itself
 * (lib/prerendered-documents.ts: the build's files, gzipped once, with their CSP and ETag) and hands
 * everything else to Next, marking Next's RSC payload requests for prerendered pages so proxy.ts skips
 * them. Options: `-p/--port` (or PORT, default 3000), `-H/--hostname` (or HOSTNAME, default all
 * interfaces). It serves the build in NEXT_DIST_DIR (default `.next`); run `npm run build` first.
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { readCspManifest } from "./lib/csp";
import { decide, PRERENDERED_MARK } from "./lib/front-door";
import { PRERENDERED_CACHE_CONTROL, PRERENDERED_VARY, PrerenderedDocuments } from "./lib/prerendered-documents";
import { securityHeaderRecord } from "./lib/security-headers";

/** What every response this file writes itself carries, as Next adds it to its own (next.config.ts). */
const SECURITY = securityHeaderRecord();

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(1);
}

// A production server, whatever the shell says (next start does the same).
(process.env as Record<string, string>).NODE_ENV = "production";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const manifest = readCspManifest(distDir);

// Note: Next serves a rewrite in-process only when it targets its own origin (see proxy.ts, useServerOrigin);
// `next start` records that origin in this variable before it starts, so this server does too.
const shownHost = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname;
process.env.__NEXT_PRIVATE_ORIGIN = `http://${shownHost}:${port}`;

const documents = new PrerenderedDocuments(path.join(process.cwd(), distDir, "server", "app"));

const app = next({ dev: false, dir: process.cwd(), hostname: shownHost, port });
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  // Only the front door may mark a request; a client's copy would let it skip the proxy's checks.
  delete req.headers[PRERENDERED_MARK];
  const rsc = req.headers.rsc;
  const decision = decide(req.method ?? "GET", req.url ?? "/", manifest, { rsc: Array.isArray(rsc) ? rsc.join() : rsc, ifNoneMatch: req.headers["if-none-match"] });
  switch (decision.kind) {
    case "refuse": {
      const { status, headers, body } = decision.refusal;
      res.writeHead(status, { ...SECURITY, ...headers, "content-length": Buffer.byteLength(body) });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    case "redirect":
      res.writeHead(308, { ...SECURITY, location: decision.location, "content-length": 0 });
      res.end();
      return;
    case "not-modified":
      res.writeHead(304, { ...SECURITY, etag: decision.etag, vary: PRERENDERED_VARY, "cache-control": PRERENDERED_CACHE_CONTROL, "content-security-policy": decision.policy });
      res.end();
      return;
    case "prerendered": {
      if (decision.document) {
        const route = decision.route;
        const doc = documents.respond(route, { policy: decision.policy, etag: decision.etag, head: req.method === "HEAD", acceptEncoding: req.headers["accept-encoding"] });
        if (doc) {
          res.writeHead(doc.status, doc.headers);
          res.end(doc.body);
          return;
        }
      }
      req.headers[PRERENDERED_MARK] = "1";
      res.setHeader("Content-Security-Policy", decision.policy);
      if (decision.etag) res.setHeader("ETag", decision.etag);
      break;
    }
    case "next":
      break;
  }
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error");
  });
});

app.prepare().then(
  () => server.listen(port, hostname, () => console.log(`Role Compass ready on http://${shownHost}:${port} (build: ${distDir})`)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
