import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from "minisearch";
import type { Category, Role } from "../content/types";
import { RISK_LEVELS, type RiskLevel } from "../content/risk";
import type { Occupation } from "../research/types";
import { MAX_QUERY_LENGTH, normalizeQuery } from "./search-query";

/*
 * Search over the role profiles and the occupation data pages, in one ranking. The same index and the
 * same query function serve the server-rendered /search page and the header box in the browser (which
 * loads the index serialised at build time from /search-index.json), so both always agree. No React and no
 * file access here: the caller passes the documents in.
 *
 * A job seeker types what their job is called, so the ranking runs in passes and a later pass never
 * outranks an earlier one: the whole query equal to a title or another name of the job; every word in a
 * title or name, exactly; the same with the last word as a prefix (while typing); with spelling slips; and
 * only then task and skill words. Within a pass MiniSearch's BM25 orders the results. Where a profile
 * covers a matched occupation, the profile comes first and the occupation page right after it.
 */

export type SearchKind = "role" | "occupation";

/** What the index holds for one page. Only the stored fields (below) are sent to browsers. */
export type SearchDoc = {
  /** `role:<slug>` or `occupation:<code>`. */
  id: string;
  kind: SearchKind;
  title: string;
  /** Other names, one string: a profile's aliases; an occupation's BLS title and everyday names. */
  names: string;
  /** A profile's category title. */
  category: string;
  /** The names of a profile's tasks. */
  tasks: string;
  /** A profile's skills and AI tools. */
  skills: string;
  /** A profile's band. */
  risk?: RiskLevel;
  /** An occupation's O*NET-SOC code, or a profile's first-listed code (the occupation it covers). */
  code: string;
  /** An occupation's covering profile: the one about it as a whole (the parent where several cover it). */
  cover?: string;
};

/** One result, as both the page and the header box show it. */
export type SearchHit = {
  kind: SearchKind;
  /** The profile's slug or the occupation's code. */
  key: string;
  href: string;
  title: string;
  risk?: RiskLevel;
  category?: string;
  code: string;
  /** Fields the query matched in, e.g. `["title", "names"]`. */
  fields: string[];
  /** The indexed words that matched, e.g. `["backend", "developer"]` for "backnd develper". */
  terms: string[];
};

export type SearchOutcome = {
  /** Pages matching every word (or, failing that, some of them), best first. */
  hits: SearchHit[];
  /** `all`: every word matched; `some`: nothing matched them all, these match at least one. */
  match: "all" | "some" | "none";
  /** When nothing matched: the closest titles and names, for a "did you mean" line. */
  suggestions: SearchHit[];
};

/*
 * Note: words people add around a job title ("will AI replace my job as a …") would otherwise match
 * every profile's tasks and drown the title. They are dropped from the query and the index alike. "it"
 * is not among them: it is the IT in "IT manager" and "IT support".
 */
const STOP_WORDS = new Set([
  "a",
  "ai",
  "an",
  "and",
  "as",
  "at",
  "be",
  "by",
  "can",
  "do",
  "for",
  "from",
  "i",
  "in",
  "is",
  "job",
  "jobs",
  "me",
  "my",
  "of",
  "on",
  "or",
  "replace",
  "replaced",
  "the",
  "to",
  "will",
  "with",
]);

/** "drivers" → "driver", "secretaries" → "secretary", "coaches" → "coach": titles are plural, queries singular. */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Lower case without accents, singular, so "Résumé", "resume" and "resumes" meet; stop words dropped. */
export function processTerm(term: string): string | null {
  const folded = term
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : singular(folded);
}

/** Text split into words, possessives and apostrophes dropped ("Teacher's" → "Teacher", "don't" → "dont"). */
function splitWords(text: string): string[] {
  return text
    .replace(/['’]s\b/g, "")
    .replace(/['’]/g, "")
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

/** A title, name or query reduced to its indexed words ("Teacher's Aides" → teacher, aide). */
export function indexedWords(text: string): string[] {
  return splitWords(text)
    .map(processTerm)
    .filter((w) => w !== null);
}

const NAME_SEPARATOR = " · ";

/** The key a whole name is indexed under in the `exact` field: its words joined, e.g. "truck_driver". */
function nameKey(name: string): string {
  return indexedWords(name).join("_");
}

/** How many results the ranking is exact for: the most any caller shows (the /search page). */
export const RANKED_DEPTH = 30;

/** Fields that name the job; the rest (category, tasks, skills) only find it or break ties. */
const NAME_FIELDS = ["title", "names"];
const STORE_FIELDS = ["kind", "title", "risk", "category", "code", "cover"];

const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ["exact", ...NAME_FIELDS, "category", "tasks", "skills"],
  storeFields: STORE_FIELDS,
  // Note: the `exact` field holds each whole title and name as one term, so "cashier" meets the title
  // "Cashiers" as a whole and not as a word of "Cashier supervisors"; other fields are split into words.
  extractField: (doc, field) =>
    field === "exact" ? [doc.title, ...doc.names.split(NAME_SEPARATOR)].join(NAME_SEPARATOR) : String(doc[field as keyof SearchDoc] ?? ""),
  tokenize: (text, field) => (field === "exact" ? text.split(NAME_SEPARATOR).map(nameKey).filter(Boolean) : splitWords(text)),
  processTerm: (term, field) => (field === "exact" ? term : processTerm(term)),
};

/**
 * Note: a title names the job once; an occupation's names can repeat a word many times ("electrician
 * helper", "apprentice electrician"…), which BM25 would otherwise reward over the job itself.
 */
const byTitleWeight = { title: 3, names: 1 };

/**
 * Fuzzy search forgives a slip or two in longer words ("backnd develper"), never in words of three
 * letters or fewer (where one edit is a different word).
 */
const fuzzy = (term: string) => (term.length > 3 ? 0.25 : false);
/** The word being typed (the last) may be a prefix: "acc" finds accountant. */
const lastWordPrefix = (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 2;

/** Looser settings used only to suggest near matches when the normal search finds nothing. */
const SUGGEST_OPTIONS: SearchOptions = {
  fields: NAME_FIELDS,
  boost: { title: 2, names: 1 },
  prefix: true,
  fuzzy: (term) => (term.length > 2 ? 0.45 : false),
  maxFuzzy: 4,
  combineWith: "OR",
};

/** The profile about an occupation as a whole, for each O*NET-SOC code a profile is first listed under. */
export function coveringProfiles(roles: readonly Pick<Role, "slug" | "onet" | "parent">[]): Map<string, string> {
  const byCode = new Map<string, Pick<Role, "slug" | "onet" | "parent">[]>();
  for (const role of roles) byCode.set(role.onet[0]!, [...(byCode.get(role.onet[0]!) ?? []), role]);
  const cover = new Map<string, string>();
  for (const [code, candidates] of byCode) {
    const slugs = new Set(candidates.map((r) => r.slug));
    // The parent among them: the one whose own parent does not also cover this code.
    const top = candidates.find((r) => !r.parent || !slugs.has(r.parent)) ?? candidates[0]!;
    cover.set(code, top.slug);
  }
  return cover;
}

/** The index documents: every published profile and every occupation data page. */
export function toSearchDocs(
  roles: readonly Role[],
  categories: readonly Category[],
  occupations: readonly Pick<Occupation, "code" | "title" | "wages">[],
  occupationAliases: ReadonlyMap<string, readonly string[]>,
): SearchDoc[] {
  const categoryTitle = new Map(categories.map((c) => [c.slug, c.title]));
  const cover = coveringProfiles(roles);
  return [
    ...roles.map((role) => ({
      id: `role:${role.slug}`,
      kind: "role" as const,
      title: role.title,
      names: role.aliases.join(NAME_SEPARATOR),
      category: categoryTitle.get(role.category) ?? role.category,
      tasks: [...role.automating, ...role.augmenting].map((t) => t.task).join(NAME_SEPARATOR),
      skills: [...role.skills.technical, ...role.skills.human, ...role.skills.aiTools.map((t) => t.name)].join(NAME_SEPARATOR),
      risk: role.risk.level,
      code: role.onet[0]!,
    })),
    ...occupations.map((o) => {
      // The BLS title too: what the government's own tables call the job (for a combined group, the group's).
      // Note: O*NET's specialisations (`.01`…) share their SOC code's BLS title; it names the `.00` occupation.
      const general = o.code.endsWith(".00") || !occupations.some((other) => other.code === `${o.code.slice(0, 7)}.00`);
      const bls = general && o.wages && o.wages.title !== o.title ? [o.wages.title] : [];
      return {
        id: `occupation:${o.code}`,
        kind: "occupation" as const,
        title: o.title,
        names: [...bls, ...(occupationAliases.get(o.code) ?? [])].join(NAME_SEPARATOR),
        category: "",
        tasks: "",
        skills: "",
        code: o.code,
        cover: cover.get(o.code),
      };
    }),
  ];
}

export type SearchIndex = MiniSearch<SearchDoc>;

export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(docs);
  return index;
}

/** The index as plain data, for the static /search-index.json the browser loads. */
export function serializeSearchIndex(index: SearchIndex): ReturnType<SearchIndex["toJSON"]> {
  return index.toJSON();
}

/** Rebuilds an index from `serializeSearchIndex` output (in the browser). */
export function loadSearchIndex(data: ReturnType<SearchIndex["toJSON"]>): SearchIndex {
  const index = MiniSearch.loadJS<SearchDoc>(data, INDEX_OPTIONS);
  termLists.set(index, countTerms(data.index));
  return index;
}

function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === "string" && (RISK_LEVELS as readonly string[]).includes(value);
}

function toHit(result: SearchResult): SearchHit {
  const [kind, key] = String(result.id).split(/:(.*)/s) as [SearchKind, string];
  const fields = [...new Set(Object.values(result.match).flat())].filter((f) => f !== "exact");
  return {
    kind,
    key,
    href: kind === "role" ? `/roles/${key}` : `/occupations/${key}`,
    title: String(result.title),
    risk: isRiskLevel(result.risk) ? result.risk : undefined,
    category: result.category ? String(result.category) : undefined,
    code: String(result.code),
    fields: fields.length > 0 ? fields : ["title"],
    terms: result.terms,
  };
}

/** The names a profile hit matched through, e.g. "SWE" for the query "swe": shown so a reader sees why it came up. */
export function matchedAliases(hit: Pick<SearchHit, "terms" | "fields">, aliases: readonly string[]): string[] {
  if (!hit.fields.includes("names")) return [];
  const terms = new Set(hit.terms);
  return aliases.filter((alias) => indexedWords(alias).some((w) => terms.has(w)));
}

/** Whether `a` becomes `b` with at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

const termLists = new WeakMap<object, Map<string, number>>();

/**
 * The index's single words, each with the number of pages it appears in (the `exact` field's whole names
 * are not words to complete or correct to).
 */
function termFrequencies(index: SearchIndex): Map<string, number> {
  let terms = termLists.get(index);
  if (!terms) {
    terms = countTerms(index.toJSON().index);
    termLists.set(index, terms);
  }
  return terms;
}

/** Pages per word, from the serialised index (which maps each term to {field: {document: frequency}}). */
function countTerms(serialized: ReturnType<SearchIndex["toJSON"]>["index"]): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [term, fields] of serialized) {
    if (term.includes("_")) continue;
    terms.set(term, new Set(Object.values(fields as Record<string, Record<string, number>>).flatMap((docs) => Object.keys(docs))).size);
  }
  return terms;
}

function indexTerms(index: SearchIndex): string[] {
  return [...termFrequencies(index).keys()];
}

/**
 * Indexed words that start with `partial` give or take one slip: "acount" → "accountant", "accounting".
 * Note: MiniSearch's fuzzy search compares whole words and its prefix search is exact, so a word being
 * typed with a slip in it ("acount…") would match neither until it was almost complete.
 */
export function fuzzyCompletions(index: SearchIndex, partial: string, max = 20): string[] {
  if (partial.length < 4) return [];
  const out: string[] = [];
  for (const term of indexTerms(index)) {
    if (term.length <= partial.length || term.startsWith(partial)) continue;
    const n = partial.length;
    if (
      withinOneEdit(partial, term.slice(0, n)) ||
      withinOneEdit(partial, term.slice(0, n - 1)) ||
      withinOneEdit(partial, term.slice(0, n + 1))
    ) {
      out.push(term);
      if (out.length === max) break;
    }
  }
  return out;
}

/** The query with its last word widened by its fuzzy completions (as half an exact word, like MiniSearch's own). */
function withCompletions(index: SearchIndex, query: string, combineWith: "AND" | "OR"): Query {
  const words = indexedWords(query);
  const last = words.at(-1);
  const extra = last === undefined ? [] : fuzzyCompletions(index, last);
  if (extra.length === 0) return { combineWith, queries: [query] };
  const lastWord: Query = {
    combineWith: "OR",
    queries: [last!, { combineWith: "OR", queries: extra, fuzzy: false, prefix: false, boostTerm: () => 0.5 }],
  };
  return { combineWith, queries: [...words.slice(0, -1), lastWord] };
}

/** The number of single edits between two short words, or `limit + 1` once it is over `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The query's words with each one the index does not know replaced by the closest one it does (one slip
 * in a word of up to seven letters, two in a longer one): "truck drver" → "truck driver". Undefined when
 * nothing needed correcting or a word has no close match.
 */
function correctedWords(index: SearchIndex, query: string): string[] | undefined {
  const known = termFrequencies(index);
  let changed = false;
  const corrected: string[] = [];
  for (const word of indexedWords(query)) {
    if (known.has(word)) {
      corrected.push(word);
      continue;
    }
    if (word.length < 4) return undefined;
    const limit = word.length > 7 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    // The closest word; between equally close ones, the more common ("drver" → driver, not diver).
    for (const [term, pages] of known) {
      const d = editDistance(word, term, limit);
      if (d < bestDistance || (d === bestDistance && best !== undefined && pages > known.get(best)!)) [best, bestDistance] = [term, d];
    }
    if (best === undefined || bestDistance > limit) return undefined;
    corrected.push(best);
    changed = true;
  }
  return changed ? corrected : undefined;
}

/**
 * Pages with a title or name that is exactly this key (words joined by `_`), each marked as matched in
 * its title or in its other names, word by word, like any other match.
 */
function exactName(index: SearchIndex, key: string): SearchResult[] {
  if (key === "") return [];
  const results = index.search(key, { fields: ["exact"], tokenize: () => [key], processTerm: (t) => t, prefix: false, fuzzy: false });
  const words = key.split("_");
  return results.map((r) => {
    const field = nameKey(String(r.title)) === key ? "title" : "names";
    return { ...r, terms: words, match: Object.fromEntries(words.map((w) => [w, [field]])) };
  });
}

/**
 * The passes, best first. Each finds what the ones before it did not; a page keeps the rank of the first
 * pass that found it.
 */
function passes(index: SearchIndex, query: string): SearchResult[][] {
  const names: SearchOptions = { fields: NAME_FIELDS, boost: byTitleWeight, combineWith: "AND" };
  const exact = exactName(index, nameKey(query));
  const corrected = exact.length === 0 ? correctedWords(index, query) : undefined;
  const found: SearchResult[][] = [
    // 1. The query is a title or another name of the job, whole (singular and plural alike)…
    exact,
    // …or is one once a slip is corrected ("truck drver").
    corrected ? exactName(index, corrected.join("_")) : [],
    // 2. Every word in a title or name, exactly.
    index.search(query, { ...names, prefix: false, fuzzy: false }),
    // 3. …with the word being typed as a prefix.
    index.search(query, { ...names, prefix: lastWordPrefix, fuzzy: false }),
  ];
  // Note: the fuzzy passes are the slow ones, and what they add ranks after everything above: they run
  // only when the passes above found fewer pages than a results page lists (so every caller, whatever its
  // limit, gets the same ranking).
  if (new Set(found.flat().map((r) => r.id)).size >= RANKED_DEPTH) return found;
  return [
    ...found,
    // 4. …forgiving spelling slips.
    index.search(withCompletions(index, query, "AND"), { ...names, prefix: lastWordPrefix, fuzzy, maxFuzzy: 2 }),
    // 5. Every word anywhere, tasks and skills included.
    index.search(withCompletions(index, query, "AND"), {
      boost: { ...byTitleWeight, category: 1.5, tasks: 1, skills: 1 },
      prefix: lastWordPrefix,
      fuzzy,
      maxFuzzy: 2,
      combineWith: "AND",
    }),
  ];
}

/**
 * Orders by pass, then puts each occupation's covering profile right before it, and each profile's own
 * occupation right after it when both were found: the job's guidance first, its data page next.
 */
function rank(index: SearchIndex, passResults: SearchResult[][]): SearchResult[] {
  const ordered: SearchResult[] = [];
  const seen = new Set<string>();
  for (const r of passResults.flat()) {
    if (seen.has(String(r.id))) continue;
    seen.add(String(r.id));
    ordered.push(r);
  }
  const byId = new Map(ordered.map((r) => [String(r.id), r]));
  // A covering profile comes first even when the query matched only its occupation ("18-wheeler driver").
  const lookUp = (id: string): SearchResult | undefined => {
    const found = byId.get(id);
    if (found) return found;
    const stored = index.getStoredFields(id);
    return stored ? ({ ...stored, id, score: 0, terms: [], queryTerms: [], match: {} } as SearchResult) : undefined;
  };
  const out: SearchResult[] = [];
  const placed = new Set<string>();
  const place = (r: SearchResult | undefined) => {
    if (!r || placed.has(String(r.id))) return;
    placed.add(String(r.id));
    out.push(r);
  };
  for (const r of ordered) {
    if (r.kind === "occupation" && r.cover) place(lookUp(`role:${String(r.cover)}`));
    place(r);
    if (r.kind === "role") {
      const own = byId.get(`occupation:${String(r.code)}`);
      if (own && own.cover === String(r.id).slice("role:".length)) place(own);
    }
  }
  return out;
}

/**
 * Searches the index. Every word must match first; if nothing matches them all, pages matching any word
 * are returned and flagged `some`; if none at all, near matches on titles and names are offered.
 */
export function search(index: SearchIndex, rawQuery: string, limit = 20): SearchOutcome {
  const query = normalizeQuery(rawQuery).slice(0, MAX_QUERY_LENGTH);
  const empty: SearchOutcome = { hits: [], match: "none", suggestions: [] };
  if (indexedWords(query).length === 0) return empty;
  const all = rank(index, passes(index, query));
  if (all.length > 0) return { hits: all.slice(0, limit).map(toHit), match: "all", suggestions: [] };
  const some = index.search(withCompletions(index, query, "OR"), {
    boost: byTitleWeight,
    prefix: lastWordPrefix,
    fuzzy,
    maxFuzzy: 2,
    combineWith: "OR",
  });
  if (some.length > 0) return { hits: rank(index, [some]).slice(0, limit).map(toHit), match: "some", suggestions: [] };
  const near = index.search(query, SUGGEST_OPTIONS);
  // Note: loose matching always finds something; only suggestions close to the best one are worth showing.
  const best = near[0]?.score ?? 0;
  return {
    ...empty,
    // Ranked like results: a profile before the occupation page it covers.
    suggestions: rank(index, [near.filter((r) => r.score >= best / 2)])
      .slice(0, 3)
      .map(toHit),
  };
}
