import { OEWS_COMBINED_CODES, onetToSoc } from "../research/codes";
import type { Research } from "../research/types";
import type { Role } from "./types";

/*
 * How much of the US workforce the published profiles speak to: a profile covers the occupation of its
 * first-listed O*NET code, and a BLS detailed occupation that groups several O*NET occupations (31-1120
 * Home Health and Personal Care Aides) is covered by a profile of one within it. Employment is BLS OEWS,
 * May 2021, the release shipped with the research data. `npm run coverage` and the about page use this.
 */

export type CoverageRow = {
  /** BLS detailed occupation code, e.g. 41-2031. */
  code: string;
  title: string;
  employment: number;
  /** Rank by employment among all detailed occupations, 1 = largest. */
  rank: number;
  /** Profiles covering it (first-listed code within it). */
  profiles: string[];
  /** Its O*NET occupation pages. */
  pages: string[];
};

export type Coverage = {
  /** Share of all US employment in covered occupations, 0–1. */
  share: number;
  coveredEmployment: number;
  totalEmployment: number;
  /** Every BLS detailed occupation, largest first. */
  rows: CoverageRow[];
  covered: CoverageRow[];
  uncovered: CoverageRow[];
};

/** The BLS detailed code an O*NET-SOC code is counted under (its own SOC code, or the combined group). */
function blsCode(onetCode: string, published: ReadonlySet<string>): string {
  const soc = onetToSoc(onetCode);
  return published.has(soc) ? soc : (OEWS_COMBINED_CODES[soc] ?? soc);
}

export function computeCoverage(roles: readonly Pick<Role, "slug" | "onet" | "draft">[], research: Pick<Research, "employment" | "occupations">): Coverage {
  const detailed = [...research.employment.detailed].sort((a, b) => b.employment - a.employment || a.code.localeCompare(b.code));
  const codes = new Set(detailed.map((d) => d.code));
  const profilesByCode = new Map<string, string[]>();
  for (const role of roles) {
    if (role.draft) continue;
    const code = blsCode(role.onet[0]!, codes);
    profilesByCode.set(code, [...(profilesByCode.get(code) ?? []), role.slug]);
  }
  const pagesByCode = new Map<string, string[]>();
  for (const o of research.occupations) {
    const code = blsCode(o.code, codes);
    pagesByCode.set(code, [...(pagesByCode.get(code) ?? []), o.code]);
  }
  const rows = detailed.map((d, i) => ({ ...d, rank: i + 1, profiles: profilesByCode.get(d.code) ?? [], pages: pagesByCode.get(d.code) ?? [] }));
  const covered = rows.filter((r) => r.profiles.length > 0);
  const coveredEmployment = covered.reduce((sum, r) => sum + r.employment, 0);
  const totalEmployment = research.employment.total ?? rows.reduce((sum, r) => sum + r.employment, 0);
  return {
    share: totalEmployment === 0 ? 0 : coveredEmployment / totalEmployment,
    coveredEmployment,
    totalEmployment,
    rows,
    covered,
    uncovered: rows.filter((r) => r.profiles.length === 0),
  };
}
