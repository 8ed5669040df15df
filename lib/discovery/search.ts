import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from "minisearch";
import type { Category, Role } from "../content/types";
import { MAX_QUERY_LENGTH, normalizeQuery } from "./search-query";
import { RISK_LEVELS, type RiskLevel } from "../content/risk";

/*
 * Role search. The same index and the same query function serve the server-rendered /search page and
 * the header box in the browser (which loads the index serialised at build time from /search-index.json),
 * so both always agree. No React and no file access here: the caller passes the roles in.
 */

/** What the index holds for one role. Only `title`, `risk` and `category` are stored (sent to browsers). */
export type SearchDoc = {
  /** The role's slug. */
  id: string;
  title: string;
  /** Every alias, one string. */
  aliases: string;
  /** The category's display name. */
  category: string;
  /** The names of the tasks AI automates and augments. */
  tasks: string;
  /** Technical and human skills and the AI tools' names. */
  skills: string;
  risk: RiskLevel;
};

/** One result, as both the page and the header box show it. */
export type SearchHit = {
  slug: string;
  title: string;
  risk: RiskLevel;
  category: string;
  /** Fields the query matched in, e.g. `["title", "aliases"]`. */
  fields: string[];
  /** The indexed words that matched, e.g. `["backend", "developer"]` for "backnd develper". */
  terms: string[];
};

export type SearchOutcome = {
  /** Roles matching every word (or, failing that, some of them), best first. */
  hits: SearchHit[];
  /** `all`: every word matched; `some`: no role matched them all, these match at least one. */
  match: "all" | "some" | "none";
  /** When nothing matched: the closest titles and aliases, for a "did you mean" line. */
  suggestions: SearchHit[];
};

/*
 * Note: words people add around a job title ("will AI replace my job as a …") would otherwise match
 * every profile's tasks and drown the title. They are dropped from the query and the index alike.
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
  "it",
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

/** Lower case without accents, so "Résumé" and "resume" meet; stop words dropped. */
export function processTerm(term: string): string | null {
  const folded = term
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/**
 * Ranking: a word in the title or an alias outweighs the same word among tasks or skills. Prefix search
 * finds "acc" → accountant while typing; fuzzy search forgives a slip or two in longer words ("backnd
 * develper"), never in words of three letters or fewer (where one edit is a different word).
 */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 4, aliases: 3, category: 1.5, tasks: 1, skills: 1 },
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (term.length > 3 ? 0.25 : false),
  maxFuzzy: 2,
  combineWith: "AND",
};

/** Looser settings used only to suggest near matches when the normal search finds nothing. */
const SUGGEST_OPTIONS: SearchOptions = {
  fields: ["title", "aliases"],
  boost: { title: 2, aliases: 1 },
  prefix: true,
  fuzzy: (term) => (term.length > 2 ? 0.45 : false),
  maxFuzzy: 4,
  combineWith: "OR",
};

const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ["title", "aliases", "category", "tasks", "skills"],
  storeFields: ["title", "risk", "category"],
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};

/** The index documents for the published roles. */
export function toSearchDocs(roles: readonly Role[], categories: readonly Category[]): SearchDoc[] {
  const categoryTitle = new Map(categories.map((c) => [c.slug, c.title]));
  return roles.map((role) => ({
    id: role.slug,
    title: role.title,
    aliases: role.aliases.join(" · "),
    category: categoryTitle.get(role.category) ?? role.category,
    tasks: [...role.automating, ...role.augmenting].map((t) => t.task).join(" · "),
    skills: [...role.skills.technical, ...role.skills.human, ...role.skills.aiTools.map((t) => t.name)].join(" · "),
    risk: role.risk.level,
  }));
}

export type RoleIndex = MiniSearch<SearchDoc>;

export function createSearchIndex(docs: readonly SearchDoc[]): RoleIndex {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(docs);
  return index;
}

/** The index as plain data, for the static /search-index.json the browser loads. */
export function serializeSearchIndex(index: RoleIndex): ReturnType<RoleIndex["toJSON"]> {
  return index.toJSON();
}

/** Rebuilds an index from `serializeSearchIndex` output (in the browser). */
export function loadSearchIndex(data: ReturnType<RoleIndex["toJSON"]>): RoleIndex {
  return MiniSearch.loadJS<SearchDoc>(data, INDEX_OPTIONS);
}

function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === "string" && (RISK_LEVELS as readonly string[]).includes(value);
}

function toHit(result: SearchResult): SearchHit {
  const risk = isRiskLevel(result.risk) ? result.risk : "medium";
  const fields = [...new Set(Object.values(result.match).flat())];
  return { slug: String(result.id), title: String(result.title), risk, category: String(result.category), fields, terms: result.terms };
}

/** A title, alias or query reduced to its indexed words. */
export function indexedWords(text: string): string[] {
  return text
    .split(/[\s\p{P}\p{S}]+/u)
    .map((w) => (w === "" ? null : processTerm(w)))
    .filter((w) => w !== null);
}

function words(text: string): string {
  return indexedWords(text).join(" ");
}

/** The aliases a hit matched through, e.g. "SWE" for the query "swe": shown so a reader sees why it came up. */
export function matchedAliases(hit: Pick<SearchHit, "terms" | "fields">, aliases: readonly string[]): string[] {
  if (!hit.fields.includes("aliases")) return [];
  const terms = new Set(hit.terms);
  return aliases.filter((alias) => indexedWords(alias).some((w) => terms.has(w)));
}

/**
 * Note: BM25 can put "Lawyer — Corporate" above "Lawyer" for the query "lawyer" (its aliases repeat the
 * word). Someone who types a title exactly means that role, so an exact title match goes first.
 */
function exactTitleFirst(results: SearchResult[], query: string): SearchResult[] {
  const wanted = words(query);
  const exact = results.filter((r) => words(String(r.title)) === wanted);
  return exact.length === 0 ? results : [...exact, ...results.filter((r) => !exact.includes(r))];
}

/** Whether `a` becomes `b` with at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

const termLists = new WeakMap<RoleIndex, string[]>();

function indexTerms(index: RoleIndex): string[] {
  let terms = termLists.get(index);
  if (!terms) {
    terms = index.toJSON().index.map(([term]) => term);
    termLists.set(index, terms);
  }
  return terms;
}

/**
 * Indexed words that start with `partial` give or take one slip: "acount" → "accountant", "accounting".
 * Note: MiniSearch's fuzzy search compares whole words and its prefix search is exact, so a word being
 * typed with a slip in it ("acount…") would match neither until it was almost complete.
 */
export function fuzzyCompletions(index: RoleIndex, partial: string, max = 20): string[] {
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

/** The query as MiniSearch runs it: every word, the last one widened by its fuzzy completions. */
function buildQuery(index: RoleIndex, query: string, combineWith: "AND" | "OR"): Query {
  const words = indexedWords(query);
  const last = words.at(-1);
  const extra = last === undefined ? [] : fuzzyCompletions(index, last);
  if (extra.length === 0) return { combineWith, queries: [query] };
  // Completions count for half an exact word, like MiniSearch's own prefix and fuzzy matches.
  const lastWord: Query = {
    combineWith: "OR",
    queries: [last!, { combineWith: "OR", queries: extra, fuzzy: false, prefix: false, boostTerm: () => 0.5 }],
  };
  return { combineWith, queries: [...words.slice(0, -1), lastWord] };
}

/**
 * Searches the index. Every word must match (fuzzily) first; if no role matches them all, roles matching
 * any word are returned and flagged `some`; if none at all, near matches on titles and aliases are
 * offered as suggestions.
 */
export function searchRoles(index: RoleIndex, rawQuery: string, limit = 20): SearchOutcome {
  const query = normalizeQuery(rawQuery).slice(0, MAX_QUERY_LENGTH);
  const empty: SearchOutcome = { hits: [], match: "none", suggestions: [] };
  if (indexedWords(query).length === 0) return empty;
  const all = exactTitleFirst(index.search(buildQuery(index, query, "AND")), query);
  if (all.length > 0) return { hits: all.slice(0, limit).map(toHit), match: "all", suggestions: [] };
  const some = index.search(buildQuery(index, query, "OR"));
  if (some.length > 0) return { hits: some.slice(0, limit).map(toHit), match: "some", suggestions: [] };
  const near = index.search(query, SUGGEST_OPTIONS);
  // Note: loose matching always finds something; only suggestions close to the best one are worth showing.
  const best = near[0]?.score ?? 0;
  return {
    ...empty,
    suggestions: near
      .filter((r) => r.score >= best / 2)
      .slice(0, 3)
      .map(toHit),
  };
}
