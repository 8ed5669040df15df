import type { QueryValue } from "../http/query";

/*
 * The /search query: what the page, the header box and the proxy (which answers a bad one with 400)
 * accept. No React, no file access, no search library: the proxy imports this.
 */

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
    return {
      ok: false,
      problems: [`The search is ${query.length} characters long and the limit is ${MAX_QUERY_LENGTH}: try the job title on its own.`],
    };
  }
  return { ok: true, query };
}
