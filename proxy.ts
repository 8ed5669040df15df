import { NextResponse, type NextRequest } from "next/server";
import { getAllRoles, getCategories, getRole } from "./lib/content";
import { buildCsp, createNonce, readCspManifest, type CspManifest } from "./lib/csp";
import type { ErrorStatus } from "./lib/error-page";
import { refusal } from "./lib/front-door";
import { checkRequest, GUARDED_PATHS, PERSONAL, type Catalog } from "./lib/request-guard";
import { screenRequest } from "./lib/request-limits";

/*
 * Per-page Content-Security-Policy. Prerendered pages get the hashes of their own inline scripts
 * (so they stay static: no nonce forces dynamic rendering); everything else gets a per-request nonce,
 * passed to Next on the request so it marks its own scripts.
 */

let manifest: CspManifest | null | undefined;

function loadManifest(): CspManifest | null {
  if (manifest === undefined) manifest = readCspManifest();
  return manifest;
}

/**
 * Bad /compare, /roles and /search addresses get a real 400 (an App Router page cannot set its status;
 * the page itself explains what was wrong); the compare picker's form submission is redirected to the
 * canonical /compare?roles=a,b; filtered /roles views are served by a per-request route while /roles
 * itself stays prerendered. Other paths pass through untouched.
 */
let catalog: Catalog | undefined;

function guard(request: NextRequest): { status?: 400; redirect?: URL; rewrite?: URL; personal?: boolean } {
  const { pathname, searchParams } = request.nextUrl;
  // Note: the proxy runs on every page view; the static pages (the bulk of traffic) skip the checks.
  if (!(GUARDED_PATHS as readonly string[]).includes(pathname) && !PERSONAL.test(pathname)) return {};
  if (process.env.NODE_ENV !== "production") catalog = undefined; // `next dev` picks up content edits
  catalog ??= { slugs: new Set(getAllRoles().map((r) => r.slug)), categories: getCategories(), profile: getRole };
  const verdict = checkRequest(pathname, searchParams, catalog);
  if (verdict.status === 307) return { redirect: new URL(verdict.location, request.url) };
  let rewrite: URL | undefined;
  if (verdict.rewrite) {
    // Note: cloning nextUrl keeps Next's own origin; a URL built from request.url can differ in host
    // (localhost vs 127.0.0.1) and would then be proxied as an external rewrite, through this proxy again.
    rewrite = request.nextUrl.clone();
    rewrite.pathname = verdict.rewrite;
    useServerOrigin(rewrite);
  }
  return { status: verdict.status === 400 ? 400 : undefined, rewrite, personal: verdict.private };
}

/**
 * Note: Next serves a rewrite in-process only when its origin is the one the server listens on; any other
 * is proxied to itself over HTTP. nextUrl says `localhost` when `next start -H 127.0.0.1` listens on
 * 127.0.0.1, so filtered /roles views took that loopback hop, which reused idle keep-alive connections
 * the server had just closed (ECONNRESET: a 500 now and then, and more under load). `next start` records
 * its own origin in __NEXT_PRIVATE_ORIGIN; without it (`next dev`), nextUrl's origin stays.
 */
function useServerOrigin(url: URL) {
  const own = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!own) return;
  const origin = new URL(own);
  url.protocol = origin.protocol;
  url.hostname = origin.hostname;
  url.port = origin.port;
}

/** Assessment and plan responses: the answers live in the URL, so nothing is cached or indexed. */
function markPrivate(response: NextResponse): NextResponse {
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

/**
 * A request refused before any route runs (wrong method, address too long, broken %-escape, internal
 * page): its status and the prerendered page explaining it, with that page's own script hashes.
 */
function refuse(status: ErrorStatus, allow?: string): NextResponse {
  const { headers, body } = refusal(status, loadManifest(), allow);
  return new NextResponse(body, { status, headers });
}

export function proxy(request: NextRequest) {
  const screening = screenRequest(request.method, request.nextUrl.pathname, request.nextUrl.search, (slug) => getRole(slug) !== undefined);
  if (screening?.action === "refuse") return refuse(screening.status, screening.allow);
  if (screening?.action === "redirect") return NextResponse.redirect(new URL(screening.location, request.url), 308);
  const { personal, ...rest } = guard(request);
  const response = secure(request, rest);
  return personal ? markPrivate(response) : response;
}

function secure(request: NextRequest, { status, redirect, rewrite }: Omit<ReturnType<typeof guard>, "personal">): NextResponse {
  if (redirect) return NextResponse.redirect(redirect, 307);
  const respond = (init: Parameters<typeof NextResponse.next>[0]) => (rewrite ? NextResponse.rewrite(rewrite, init) : NextResponse.next(init));
  const loaded = loadManifest();
  if (!loaded) {
    const response = respond({ status });
    response.headers.set("Content-Security-Policy", buildCsp({ unsafeInline: true }));
    return response;
  }
  // The policy follows the route that renders the response (a rewritten /roles is not the static page).
  const pathname = (rewrite ?? request.nextUrl).pathname.replace(/\/+$/, "") || "/";
  const hashes = loaded.pages[pathname];
  if (hashes) {
    const response = respond({ status });
    response.headers.set("Content-Security-Policy", buildCsp({ hashes }));
    return response;
  }
  const nonce = createNonce();
  const policy = buildCsp({ hashes: loaded.notFound, nonce });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = respond({ status, request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Documents only: static assets, images and metadata files need no script policy.
      source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)",
      // Prerendered pages the production server (server.ts) has already screened and given their policy.
      // Note: Next reads this config statically, so the header name is written out (lib/front-door.ts,
      // PRERENDERED_MARK; a unit test keeps them equal).
      missing: [{ type: "header", key: "x-role-compass-prerendered" }],
    },
  ],
};
