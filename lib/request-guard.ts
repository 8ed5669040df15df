import { parseBrowseQuery } from "./browse";
import { canonicalCompareRedirect, parseCompareQuery } from "./compare";
import { paramsFromURL, parseSearchQuery } from "./query";
import type { AssessmentProfile } from "./assessment";
import { parseFormQuery, parsePlanQuery, parseResultQuery, queryFromSearch, todayUtc } from "./assessment-params";

/*
 * Note: an App Router page cannot choose its HTTP status (only 404 through notFound()), yet a bad
 * /compare, /roles or /search address must answer 400, not 200. The proxy runs this check first and
 * sets the status; the page runs the same parser and shows what was wrong. Both read the same rules, so
 * they cannot disagree.
 */

export type Catalog = {
  slugs: ReadonlySet<string>;
  categories: readonly { slug: string }[];
  /** The profile behind an assessment or plan URL (its tasks and tools define the valid answers). */
  profile?: (slug: string) => AssessmentProfile | undefined;
};

/**
 * 200 or 400, optionally served by another route (`rewrite`, the address bar keeps the original URL), or
 * a redirect to the canonical address.
 */
export type Verdict =
  | { status: 200; rewrite?: string; private?: true }
  | { status: 400; problems: string[]; rewrite?: string; private?: true }
  | { status: 307; location: string };

/**
 * Note: /roles itself is prerendered (static, fast, hash-based CSP); any filter or sort parameter is
 * served by the per-request route /roles/_browse under the same address.
 */
export const FILTERED_ROLES_ROUTE = "/roles/_browse";
const BROWSE_PARAMS = ["category", "risk", "sort"];

/** The paths the proxy checks. */
export const GUARDED_PATHS = ["/compare", "/roles", "/roles/_browse", "/search"] as const;

/** /roles/<slug>/assessment, …/assessment/result, …/plan and the plan's two downloads. */
export const PERSONAL = /^\/roles\/([^/]+)\/(assessment|assessment\/result|plan|plan\/calendar\.ics|plan\/plan\.md)$/;

/**
 * The personal pages: answers live only in the URL, so every response is private and unindexed. A bad
 * query answers 400; a download with a bad query is answered by the plan page itself (same URL, 400), so
 * the reader sees what to fix. An unknown role passes through to the page's own 404.
 */
function checkPersonal(slug: string, kind: string, search: URLSearchParams, catalog: Catalog, now: Date): Verdict {
  const profile = catalog.profile?.(slug);
  if (!profile) return { status: 200 };
  const query = queryFromSearch(search);
  const check =
    kind === "assessment" ? parseFormQuery(profile, query)
    : kind === "assessment/result" ? parseResultQuery(profile, query)
    : parsePlanQuery(profile, query, todayUtc(now));
  if (check.ok) return { status: 200, private: true };
  const problems = check.errors.map((e) => `${e.field}: ${e.message}`);
  // Note: a download's bad query is answered by its route handler (a small 400 page); rewriting it to the
  // plan page made Next proxy the request to itself, which dropped connections under load.
  return { status: 400, problems, private: true };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed percent-encoding: no such role, the page answers 404
  }
}

export function checkRequest(pathname: string, search: URLSearchParams, catalog: Catalog, now: Date = new Date()): Verdict {
  const personal = pathname.match(PERSONAL);
  if (personal) return checkPersonal(safeDecode(personal[1]!), personal[2]!, search, catalog, now);
  const params = paramsFromURL(search);
  switch (pathname) {
    case "/compare": {
      const check = parseCompareQuery(params.roles, catalog.slugs);
      if (check.kind === "invalid") return { status: 400, problems: check.problems };
      const location = canonicalCompareRedirect(search.getAll("roles"), check);
      return location ? { status: 307, location } : { status: 200 };
    }
    case "/roles": {
      if (!BROWSE_PARAMS.some((name) => search.has(name))) return { status: 200 };
      const check = parseBrowseQuery(params, catalog.categories);
      return check.ok ? { status: 200, rewrite: FILTERED_ROLES_ROUTE } : { status: 400, problems: check.problems, rewrite: FILTERED_ROLES_ROUTE };
    }
    case FILTERED_ROLES_ROUTE: {
      // Note: Next runs the proxy again for the rewritten request, so this must give the same status.
      const check = parseBrowseQuery(params, catalog.categories);
      return check.ok ? { status: 200 } : { status: 400, problems: check.problems };
    }
    case "/search": {
      const check = parseSearchQuery(params.q);
      return check.ok ? { status: 200 } : { status: 400, problems: check.problems };
    }
    default:
      return { status: 200 };
  }
}
