import { todayUtc, parseFormQuery, parsePlanQuery, parseResultQuery } from "../assessment/params";
import { parseBrowseQuery } from "../discovery/browse";
import { canonicalCompareRedirect, parseCompareQuery } from "../discovery/compare";
import { parseSearchQuery } from "../discovery/search-query";
import { toQueryRecord } from "../http/query";
import type { RequestCatalog } from "./catalog";

/*
 * Note: an App Router page cannot choose its HTTP status (only 404 through notFound()), yet a bad
 * /compare, /roles or /search address must answer 400, not 200. The proxy runs the page's own parser
 * once and sets the status; the page runs it once to show what was wrong. The same rules, so they cannot
 * disagree, and nothing is passed from one to the other in a header a client could forge.
 */

/**
 * 200 or 400, optionally served by another route (`rewrite`, the address bar keeps the original URL), or
 * a redirect to the canonical address.
 */
export type Verdict =
  | { status: 200; rewrite?: string; private?: true }
  | { status: 400; rewrite?: string; private?: true }
  | { status: 404 }
  | { status: 307; location: string };

/**
 * Note: /roles itself is prerendered (static, fast, hash-based CSP), and a page cannot choose its status,
 * so a filtered view needs a route of its own rendered per request: /roles/_browse, served under /roles's
 * own address. (Next treats `_` folders as private, hence the folder's escaped name, app/roles/%5Fbrowse.)
 */
export const FILTERED_ROLES_ROUTE = "/roles/_browse";
const BROWSE_PARAMS = ["category", "risk", "sort"];

/** The paths whose query the proxy checks. */
export const GUARDED_PATHS = ["/compare", "/roles", "/search"] as const;

/** /roles/<slug>/assessment, …/assessment/result, …/plan and the plan's two downloads. */
export const PERSONAL = /^\/roles\/([^/]+)\/(assessment|assessment\/result|plan|plan\/calendar\.ics|plan\/plan\.md)$/;

/**
 * The personal pages: answers live only in the URL, so every response is private and unindexed. A bad
 * query answers 400 (a download's by its route handler, with a small page of its own). An unknown role
 * passes through to the page's 404.
 */
function checkPersonal(slug: string, kind: string, search: URLSearchParams, catalog: RequestCatalog, now: Date): Verdict {
  const profile = Object.hasOwn(catalog.roles, slug) ? catalog.roles[slug] : undefined;
  if (!profile) return { status: 200 };
  const query = toQueryRecord(search);
  const check =
    kind === "assessment"
      ? parseFormQuery(profile, query)
      : kind === "assessment/result"
        ? parseResultQuery(profile, query)
        : parsePlanQuery(profile, query, todayUtc(now));
  return { status: check.ok ? 200 : 400, private: true };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed percent-encoding: no such role, the page answers 404
  }
}

/** The verdict on a request for `pathname` with this query, as the client sent it. */
export function checkRequest(pathname: string, search: URLSearchParams, catalog: RequestCatalog, now: Date = new Date()): Verdict {
  const personal = pathname.match(PERSONAL);
  if (personal) return checkPersonal(safeDecode(personal[1]!), personal[2]!, search, catalog, now);
  const params = toQueryRecord(search);
  switch (pathname) {
    case "/compare": {
      const check = parseCompareQuery(params.roles, new Set(Object.keys(catalog.roles)));
      if (check.kind === "invalid") return { status: 400 };
      const location = canonicalCompareRedirect(search.getAll("roles"), check);
      return location ? { status: 307, location } : { status: 200 };
    }
    case "/roles": {
      if (!BROWSE_PARAMS.some((name) => search.has(name))) return { status: 200 };
      const check = parseBrowseQuery(
        params,
        catalog.categories.map((slug) => ({ slug })),
      );
      return { status: check.ok ? 200 : 400, rewrite: FILTERED_ROLES_ROUTE };
    }
    case FILTERED_ROLES_ROUTE:
      // Asked for by its own name it would be the same list at a second address.
      return { status: 404 };
    case "/search":
      return { status: parseSearchQuery(params.q).ok ? 200 : 400 };
    default:
      return { status: 200 };
  }
}
