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

export type Verdict = { status: 200 } | { status: 400; problems: string[] } | { status: 307; location: string };

/** The paths the proxy checks. */
export const GUARDED_PATHS = ["/compare", "/roles", "/search"] as const;

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
