import { OEWS_COMBINED_CODES, onetToSoc } from "../research/codes";
import type { Occupation } from "../research/types";
import type { Role } from "../content/types";
import { coveringProfiles, search, type SearchIndex } from "./search";

/*
 * How well search puts the right job first, measured two ways (the suite asserts the rates, the
 * benchmark prints them): every official occupation title searched as written, and a committed list of
 * everyday job names (tests/fixtures/search/everyday-titles.tsv). Pure functions of the index and the data.
 */

/** One query and the pages that count as the right first result. */
export type QualityCase = { query: string; accept: ReadonlySet<string>; expected: string };

export type QualityReport = { total: number; hits: number; rate: number; misses: { query: string; expected: string; got: string }[] };

/** A result's key as the cases name it: `role:<slug>` or `occupation:<code>`. */
const keyOf = (kind: string, key: string) => `${kind}:${key}`;

/**
 * The page a search for an occupation should open on: its covering profile (the one about it as a whole),
 * or else its own data page.
 */
function canonical(code: string, cover: ReadonlyMap<string, string>): string {
  const slug = cover.get(code);
  return slug ? keyOf("role", slug) : keyOf("occupation", code);
}

/**
 * Every BLS detailed occupation title whose code has an occupation page — directly, or through the
 * O*NET occupations it groups — and every O*NET title among the occupation pages. A case is met when the
 * first result is one of those occupations' pages or the profile covering one of them.
 */
export function officialTitleCases(
  occupations: readonly Pick<Occupation, "code" | "title">[],
  blsDetailed: readonly { code: string; title: string }[],
  roles: readonly Pick<Role, "slug" | "onet" | "parent">[],
): QualityCase[] {
  const cover = coveringProfiles(roles);
  const bySoc = new Map<string, string[]>();
  for (const o of occupations) {
    const soc = onetToSoc(o.code);
    for (const key of new Set([soc, OEWS_COMBINED_CODES[soc] ?? soc])) bySoc.set(key, [...(bySoc.get(key) ?? []), o.code]);
  }
  const accepting = (codes: readonly string[]) =>
    new Set(codes.flatMap((c) => [keyOf("occupation", c), ...(cover.has(c) ? [keyOf("role", cover.get(c)!)] : [])]));
  const cases: QualityCase[] = [];
  for (const bls of blsDetailed) {
    const codes = bySoc.get(bls.code);
    if (codes) cases.push({ query: bls.title, accept: accepting(codes), expected: `${bls.code} (BLS)` });
  }
  for (const o of occupations) cases.push({ query: o.title, accept: accepting([o.code]), expected: `${o.code} (O*NET)` });
  return cases;
}

/**
 * The everyday names file: `query<TAB>expected`, where expected is `role:<slug>` (that profile) or
 * `occupation:<code>` (its covering profile, or its page when no profile covers it). Lines starting with
 * `#` and the header are skipped.
 */
export function everydayCases(text: string, roles: readonly Pick<Role, "slug" | "onet" | "parent">[]): QualityCase[] {
  const cover = coveringProfiles(roles);
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#") && !line.startsWith("query\t"))
    .map((line) => {
      const [query = "", expected = ""] = line.split("\t");
      const [kind, key = ""] = expected.split(":");
      const target = kind === "role" ? keyOf("role", key) : canonical(key, cover);
      return { query, accept: new Set([target]), expected: target };
    });
}

/** Runs every case and reports the share whose first result is right, with the misses. */
export function measure(index: SearchIndex, cases: readonly QualityCase[]): QualityReport {
  const misses: QualityReport["misses"] = [];
  for (const c of cases) {
    const first = search(index, c.query, 1).hits[0];
    const got = first ? keyOf(first.kind, first.key) : "(nothing)";
    if (!c.accept.has(got)) misses.push({ query: c.query, expected: c.expected, got });
  }
  const hits = cases.length - misses.length;
  return { total: cases.length, hits, rate: cases.length === 0 ? 1 : hits / cases.length, misses };
}
