import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { securityHeaderRecord } from "./security-headers";

/*
 * The HTML of prerendered pages, served by the production server (server.ts) straight from the build
 * output, gzipped once per page instead of once per response.
 *
 * Note: measured on this 2-core machine with a 160 KB role page, Next served ~480 requests/s without
 * compression and ~250 with it (it gzips every response); the same bytes from memory are a few thousand.
 * Next still renders every page (at build time), serves their RSC payloads to its client router, and
 * answers everything else. The headers are the ones Next sends with a prerendered page.
 */

/** `/` → `index.html`, `/roles/x` → `roles/x.html` (the inverse of lib/csp.ts routeForHtmlFile). */
export function htmlFileForRoute(route: string): string {
  return route === "/" ? "index.html" : `${route.slice(1)}.html`;
}

/** Whether an Accept-Encoding header accepts gzip (RFC 9110 §12.5.3: `gzip`, `x-gzip` or `*`, q above 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let star: boolean | undefined;
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [coding, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (coding === "gzip" || coding === "x-gzip") return allowed;
    if (coding === "*") star = allowed;
  }
  return star ?? false;
}

type Entry = { raw: Buffer; gzip: Buffer };

export type Document = { status: 200; headers: Record<string, string>; body: Buffer | undefined };

/** Next's Vary and Cache-Control for a prerendered page (also sent with the production server's 304s). */
export const PRERENDERED_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
export const PRERENDERED_CACHE_CONTROL = "s-maxage=31536000";

/** Headers of a prerendered page as Next sends them, plus its own policy and validator. */
function baseHeaders(policy: string, etag: string | undefined): Record<string, string> {
  const headers = securityHeaderRecord();
  headers["content-security-policy"] = policy;
  if (etag) headers.etag = etag;
  headers.vary = PRERENDERED_VARY;
  headers["cache-control"] = PRERENDERED_CACHE_CONTROL;
  headers["content-type"] = "text/html; charset=utf-8";
  headers["x-role-compass-source"] = "prerendered";
  return headers;
}

/**
 * A bounded, least-recently-used store of prerendered pages read from `<distDir>/server/app`. A page that
 * is not on disk (a build changed under a running server) is undefined, and the caller lets Next answer.
 */
export class PrerenderedDocuments {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly appDir: string,
    /** Upper bound on the memory held, raw and gzipped together. */
    private readonly maxBytes = 32 * 2 ** 20,
  ) {}

  private load(route: string): Entry | undefined {
    const cached = this.entries.get(route);
    if (cached) {
      this.entries.delete(route);
      this.entries.set(route, cached); // most recently used last
      return cached;
    }
    let raw: Buffer;
    try {
      raw = fs.readFileSync(path.join(this.appDir, htmlFileForRoute(route)));
    } catch {
      return undefined;
    }
    const entry = { raw, gzip: zlib.gzipSync(raw, { level: 9 }) };
    this.entries.set(route, entry);
    this.bytes += raw.length + entry.gzip.length;
    for (const [key, old] of this.entries) {
      if (this.bytes <= this.maxBytes || key === route) break;
      this.entries.delete(key);
      this.bytes -= old.raw.length + old.gzip.length;
    }
    return entry;
  }

  /** The response for a GET or HEAD of the prerendered `route`, or undefined if the build has no such file. */
  respond(route: string, { policy, etag, head, acceptEncoding }: { policy: string; etag?: string; head: boolean; acceptEncoding?: string }): Document | undefined {
    const entry = this.load(route);
    if (!entry) return undefined;
    const headers = baseHeaders(policy, etag);
    const gzip = acceptsGzip(acceptEncoding);
    const body = gzip ? entry.gzip : entry.raw;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    return { status: 200, headers, body: head ? undefined : body };
  }

  /** Memory held now, for tests. */
  get heldBytes(): number {
    return this.bytes;
  }
}
