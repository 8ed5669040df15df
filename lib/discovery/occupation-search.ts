import MiniSearch from "minisearch";
import { listOccupationPages, type OccupationPage } from "../research";
import { processTerm } from "./search";

/*
 * Server-side search over the ~900 data-only occupation pages. Kept apart from the role index so the
 * browser's type-ahead download stays small; the /search page shows these under the role results.
 */
let cache: { index: MiniSearch<OccupationPage & { id: string }>; byCode: Map<string, OccupationPage> } | undefined;

function getIndex() {
  if (cache) return cache;
  const pages = listOccupationPages();
  const index = new MiniSearch<OccupationPage & { id: string }>({ fields: ["title", "code"], storeFields: [], idField: "id", processTerm });
  index.addAll(pages.map((p) => ({ ...p, id: p.code })));
  cache = { index, byCode: new Map(pages.map((p) => [p.code, p])) };
  return cache;
}

/** Occupations whose O*NET title matches the query (all words, tolerant of typos), best first. */
export function searchOccupations(query: string, limit = 8): OccupationPage[] {
  const { index, byCode } = getIndex();
  const hits = index.search(query, { combineWith: "AND", prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false) });
  return hits.slice(0, limit).map((h) => byCode.get(String(h.id))!);
}
