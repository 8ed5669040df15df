/*
 * Query-string helpers shared by /search, /roles and /compare, their pages and the proxy that gives bad
 * requests a real 400 status. No React, no file access, no search library (the proxy imports this).
 */

/** One value or several of a query parameter, as Next.js passes `searchParams`. */
export type QueryValue = string | string[] | undefined;

/** `URLSearchParams` in the shape Next.js gives pages (`searchParams`), so pages and proxy share parsers. */
export function paramsFromURL(search: URLSearchParams): Record<string, QueryValue> {
  // Note: a Map, not a plain object: `?constructor=1` or `?__proto__=1` would otherwise reach Object's own
  // members (and the proxy answered 500). Object.fromEntries then makes every key an ordinary own property.
  const out = new Map<string, string[]>();
  for (const [key, value] of search) {
    const values = out.get(key);
    if (values) values.push(value);
    else out.set(key, [value]);
  }
  return Object.fromEntries([...out].map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
}

/** The longest search accepted; longer ones are refused with a 400 page. */
export const MAX_QUERY_LENGTH = 100;

/** The query as typed, trimmed and with runs of white space collapsed. */
export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, " ").trim();
}

export type SearchQueryCheck = { ok: true; query: string } | { ok: false; problems: string[] };

/** Validates the `q` parameter of /search: one value, at most MAX_QUERY_LENGTH characters. Empty is fine. */
export function parseSearchQuery(raw: QueryValue): SearchQueryCheck {
  if (Array.isArray(raw)) {
    if (raw.length > 1) return { ok: false, problems: ["The address holds more than one search (q=…): search for one thing at a time."] };
    raw = raw[0];
  }
  const query = normalizeQuery(raw ?? "");
  if (query.length > MAX_QUERY_LENGTH) {
    return { ok: false, problems: [`The search is ${query.length} characters long and the limit is ${MAX_QUERY_LENGTH}: try the job title on its own.`] };
  }
  return { ok: true, query };
}
