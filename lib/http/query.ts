/*
 * A request's query string as one record of values, the shape every query parser of the site reads —
 * whether the query comes from a URL (proxy.ts) or from a page's `searchParams`.
 */

/** One value or several of a query parameter (absent: undefined). */
export type QueryValue = string | string[] | undefined;

/** Every parameter of a query, a repeated one as a list of its values, in the order sent. */
export type QueryRecord = Record<string, string | string[]>;

/**
 * The query as a record: from a query string (with or without its `?`), URLSearchParams, or the
 * `searchParams` object Next.js gives a page.
 *
 * Note: built through a Map and Object.fromEntries, so `?constructor=1` or `?__proto__=1` become ordinary
 * own keys instead of reaching Object's own members (the proxy once answered 500 for them).
 */
export function toQueryRecord(query: string | URLSearchParams | Record<string, QueryValue>): QueryRecord {
  const entries = new Map<string, string[]>();
  const add = (key: string, value: string) => entries.set(key, [...(entries.get(key) ?? []), value]);
  if (typeof query === "string" || query instanceof URLSearchParams) {
    for (const [key, value] of new URLSearchParams(query)) add(key, value);
  } else {
    for (const [key, value] of Object.entries(query)) for (const v of [value ?? []].flat()) add(key, v);
  }
  return Object.fromEntries([...entries].map(([key, values]) => [key, values.length === 1 ? values[0]! : values]));
}

/**
 * The query as one canonical string, for keying a per-request cache: `generateMetadata` and the page
 * receive the same query as separate objects, and parse it once between them (React's `cache`).
 */
export function toQueryString(query: Record<string, QueryValue>): string {
  return new URLSearchParams(
    Object.entries(toQueryRecord(query)).flatMap(([key, value]) => [value].flat().map((v) => [key, v] as [string, string])),
  ).toString();
}
