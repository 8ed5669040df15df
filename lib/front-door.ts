import { buildCsp, type CspManifest } from "./csp";
import { errorPageRoute, readErrorPage, type ErrorStatus } from "./error-page";
import { FILTERED_ROLES_ROUTE, GUARDED_PATHS, PERSONAL } from "./request-guard";
import { screenRequest } from "./request-limits";

/*
 * The production server's first look at a request (server.ts), before Next.js sees it.
 *
 * Note: any proxy.ts costs a request a few milliseconds (Next builds a Request object and runs the proxy
 * in its own pipeline): with a proxy that only sets a header, a bare Next.js page fell from ~880 to ~280
 * requests/s on this 2-core machine. Most traffic is prerendered pages, which need only their own CSP
 * header. So the front door screens every request (the same rules as the proxy, in microseconds), gives
 * a prerendered page its policy itself and marks the request so the proxy's matcher skips it. Everything
 * else (pages rendered per request, the /roles filters, unknown addresses) still goes through proxy.ts.
 */

/**
 * Request header the front door sets on prerendered-page requests; proxy.ts's matcher skips requests
 * that carry it. Any copy a client sends is removed first. Note: proxy.ts repeats this name literally
 * (Next reads the matcher statically); a unit test keeps the two equal.
 */
export const PRERENDERED_MARK = "x-role-compass-prerendered";

/** Paths the proxy never runs on (its matcher); the front door leaves them to Next as they are. */
const ASSETS = /^\/(?:_next\/static|_next\/image|icon\.svg|favicon\.ico)/;

export type Refusal = { status: ErrorStatus; headers: Record<string, string>; body: string };

/**
 * The response to a refused request: its status and the prerendered page explaining it, with that page's
 * own script hashes in the CSP (the unsafe-inline fallback only when the build left no manifest).
 */
export function refusal(status: ErrorStatus, manifest: CspManifest | null, allow?: string): Refusal {
  const hashes = status === 404 ? manifest?.notFound : manifest?.pages[errorPageRoute(status)];
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": hashes ? buildCsp({ hashes }) : buildCsp({ unsafeInline: true }),
  };
  if (allow) headers.allow = allow;
  return { status, headers, body: readErrorPage(status) };
}

export type Decision =
  /** Answer now with an error page. */
  | { kind: "refuse"; refusal: Refusal }
  /** Answer now with a permanent redirect to the canonical address. */
  | { kind: "redirect"; location: string }
  /** A prerendered page: serve it with this policy (and validator, for its HTML), without the proxy. */
  | { kind: "prerendered"; policy: string; etag?: string; route: string; /** The HTML (not Next's RSC payload for the client router). */ document: boolean }
  /** A prerendered page the client already holds (its If-None-Match names the page's ETag): answer 304. */
  | { kind: "not-modified"; policy: string; etag: string }
  /** Anything else: Next.js and proxy.ts decide. */
  | { kind: "next" };

/** Splits a request target (`/path?query`, or an absolute URL) into the path and query as sent. */
export function splitTarget(target: string): { pathname: string; search: string } {
  let rest = target;
  if (!rest.startsWith("/")) {
    // Note: absolute-form targets (`GET http://host/path`) are legal; keep their path and query as sent.
    const match = rest.match(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(.*)$/i);
    rest = match ? match[1] || "/" : rest;
  }
  const hash = rest.indexOf("#");
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf("?");
  return q < 0 ? { pathname: rest, search: "" } : { pathname: rest.slice(0, q), search: rest.slice(q) };
}

/** The request headers the front door reads besides the method and target. */
export type RequestHints = {
  /** The `rsc` header: Next's client router asking for the page's payload instead of its HTML. */
  rsc?: string;
  ifNoneMatch?: string;
};

/** Weak comparison (RFC 9110 §13.1.2): `If-None-Match: *`, or any listed tag equal to `etag` once `W/` is dropped. */
export function matchesEtag(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** What the front door does with `method target`. `manifest` is the build's CSP manifest (null without one). */
export function decide(method: string, target: string, manifest: CspManifest | null, hints: RequestHints = {}): Decision {
  const { pathname, search } = splitTarget(target);
  if (ASSETS.test(pathname)) return { kind: "next" };
  // A role exists when its page was prerendered; without a manifest (no build step), let Next decide.
  const roleExists = (slug: string) => !manifest || manifest.pages[`/roles/${slug}`] !== undefined;
  const screening = screenRequest(method, pathname, search, roleExists);
  if (screening?.action === "refuse") return { kind: "refuse", refusal: refusal(screening.status, manifest, screening.allow) };
  if (screening?.action === "redirect") return { kind: "redirect", location: screening.location };
  // The filtered /roles views are served by this route under /roles's own address (a rewrite inside Next);
  // asked for by its own name it would be the same list at a second address, so it is not found.
  if (pathname === FILTERED_ROLES_ROUTE) return { kind: "refuse", refusal: refusal(404, manifest) };
  if (!manifest) return { kind: "next" };
  // Note: /roles, /search and /compare with a query, and the personal pages, are checked by the proxy.
  if ((GUARDED_PATHS as readonly string[]).includes(pathname) || PERSONAL.test(pathname)) return { kind: "next" };
  const hashes = Object.hasOwn(manifest.pages, pathname) ? manifest.pages[pathname] : undefined;
  if (!hashes) return { kind: "next" };
  const policy = buildCsp({ hashes });
  // Note: for the same path Next's client router gets the page's RSC payload, not its HTML: no HTML validator.
  const payload = hints.rsc !== undefined || /(?:^\?|&)_rsc=/.test(search);
  const etag = payload ? undefined : manifest.etags?.[pathname];
  if (etag && hints.ifNoneMatch && matchesEtag(hints.ifNoneMatch, etag)) return { kind: "not-modified", policy, etag };
  return { kind: "prerendered", policy, etag, route: pathname, document: !payload };
}
