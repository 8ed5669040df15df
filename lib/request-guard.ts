import { parseBrowseQuery } from "./browse";
import { canonicalCompareRedirect, parseCompareQuery } from "./compare";
import { paramsFromURL, parseSearchQuery } from "./query";

/*
 * Note: an App Router page cannot choose its HTTP status (only 404 through notFound()), yet a bad
 * /compare, /roles or /search address must answer 400, not 200. The proxy runs this check first and
 * sets the status; the page runs the same parser and shows what was wrong. Both read the same rules, so
 * they cannot disagree.
 */

export type Catalog = { slugs: ReadonlySet<string>; categories: readonly { slug: string }[] };

/**
 * 200 or 400, optionally served by another route (`rewrite`, the address bar keeps the original URL), or
 * a redirect to the canonical address.
 */
export type Verdict = { status: 200; rewrite?: string } | { status: 400; problems: string[]; rewrite?: string } | { status: 307; location: string };

/**
 * Note: /roles itself is prerendered (static, fast, hash-based CSP); any filter or sort parameter is
 * served by the per-request route /roles/_browse under the same address.
 */
export const FILTERED_ROLES_ROUTE = "/roles/_browse";
const BROWSE_PARAMS = ["category", "risk", "sort"];

/** The paths the proxy checks. */
export const GUARDED_PATHS = ["/compare", "/roles", "/roles/_browse", "/search"] as const;

export function checkRequest(pathname: string, search: URLSearchParams, catalog: Catalog): Verdict {
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
