import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce, readCspManifest, type CspManifest } from "./lib/http/csp";
import { refusal, type ErrorStatus } from "./lib/http/error-page";
import { screenRequest } from "./lib/http/request-limits";
import { readRequestCatalog, type RequestCatalog } from "./lib/proxy/catalog";
import { checkRequest, GUARDED_PATHS, PERSONAL, FILTERED_ROLES_ROUTE } from "./lib/proxy/request-guard";

/*
 * What must be decided before a route runs, for every document request `next start` serves (behind
 * nginx, only the ones nginx passes on): the refusals (lib/http/request-limits.ts), the 400 status of a
 * bad query (lib/proxy/request-guard.ts) and each page's Content-Security-Policy — the hashes of its own
 * inline scripts for a prerendered page, a fresh nonce for a page rendered per request.
 */

let manifest: CspManifest | null | undefined;
let catalog: RequestCatalog | null | undefined;

/** The build's CSP manifest and request catalog, read once (every request in `next dev`, where they change). */
function buildFiles(): { manifest: CspManifest | null; catalog: RequestCatalog | null } {
  if (manifest === undefined || process.env.NODE_ENV !== "production") {
    manifest = readCspManifest();
    catalog = readRequestCatalog();
  }
  return { manifest, catalog: catalog ?? null };
}

/** A refused request: its status and the prerendered page explaining it. */
function refuse(status: ErrorStatus, allow?: string): NextResponse {
  const { headers, body } = refusal(status, buildFiles().manifest, allow);
  return new NextResponse(body, { status, headers });
}

export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  const { catalog } = buildFiles();
  // Note: without a catalog (`next dev` before any build) unknown roles and bad queries are left to the pages.
  const roleExists = (slug: string) => !catalog || Object.hasOwn(catalog.roles, slug);
  const screening = screenRequest(request.method, pathname, search, roleExists);
  if (screening?.action === "refuse") return refuse(screening.status, screening.allow);
  if (screening?.action === "redirect") return NextResponse.redirect(new URL(screening.location, request.url), 308);

  const guarded = (GUARDED_PATHS as readonly string[]).includes(pathname) || pathname === FILTERED_ROLES_ROUTE || PERSONAL.test(pathname);
  const verdict = guarded && catalog ? checkRequest(pathname, searchParams, catalog) : { status: 200 as const };
  if (verdict.status === 404) return refuse(404);
  if (verdict.status === 307) return NextResponse.redirect(new URL(verdict.location, request.url), 307);
  const response = withPolicy(request, verdict.status === 400 ? 400 : undefined, "rewrite" in verdict ? verdict.rewrite : undefined);
  if ("private" in verdict && verdict.private) {
    // The assessment's answers live in the URL: nothing is cached or indexed.
    response.headers.set("Cache-Control", "private, no-store");
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
  }
  return response;
}

/** Passes the request on (to `rewrite`, if given) with the status and the policy of the page that renders it. */
function withPolicy(request: NextRequest, status: 400 | undefined, rewrite: string | undefined): NextResponse {
  let target: URL | undefined;
  if (rewrite) {
    // Note: cloning nextUrl keeps Next's own origin, so the rewrite is served in-process (see toServerOrigin).
    target = request.nextUrl.clone();
    target.pathname = rewrite;
    toServerOrigin(target);
  }
  const respond = (init: Parameters<typeof NextResponse.next>[0]) =>
    target ? NextResponse.rewrite(target, init) : NextResponse.next(init);
  const { manifest } = buildFiles();
  if (!manifest) {
    const response = respond({ status });
    response.headers.set("Content-Security-Policy", buildCsp({ unsafeInline: true }));
    return response;
  }
  const pathname = (target ?? request.nextUrl).pathname.replace(/\/+$/, "") || "/";
  const hashes = Object.hasOwn(manifest.pages, pathname) ? manifest.pages[pathname] : undefined;
  if (hashes) {
    const response = respond({ status });
    response.headers.set("Content-Security-Policy", buildCsp({ hashes }));
    return response;
  }
  const nonce = createNonce();
  const policy = buildCsp({ hashes: manifest.notFound, nonce });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = respond({ status, request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * Note: Next serves a rewrite in-process only when its origin is the one the server listens on; any other
 * is proxied to itself over HTTP. nextUrl says `localhost` when `next start -H 127.0.0.1` listens on
 * 127.0.0.1, so filtered /roles views took that loopback hop, which reused idle keep-alive connections
 * the server had just closed (ECONNRESET: a 500 now and then, and more under load). `next start` records
 * its own origin in __NEXT_PRIVATE_ORIGIN; without it (`next dev`), nextUrl's origin stays.
 */
function toServerOrigin(url: URL) {
  const own = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!own) return;
  const origin = new URL(own);
  url.protocol = origin.protocol;
  url.hostname = origin.hostname;
  url.port = origin.port;
}

export const config = {
  // Documents only: static assets, images and metadata files need no script policy.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
