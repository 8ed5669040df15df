import type { Role } from "../content/types";
import { RISK_BANDS, type RiskLevel } from "../content/risk";
import { absoluteUrl } from "./site";
import type { Research } from "../research/load";
import { percentileRank } from "../research/percentile";
import { DATASETS, NOT_A_FORECAST } from "../research/sources";
import type { OewsValue } from "../research/values";

/*
 * The open-data downloads (/data/roles.json and /data/roles.csv): every published profile's band and
 * codes with the research figures behind them, and the credits the datasets' licences ask for.
 */

export type OccupationFigures = {
  code: string;
  title: string;
  gpt4Beta: number;
  gpt4BetaPercentile: number;
  humanBeta: number;
  humanBetaPercentile: number;
  /** Null when Tomlinson et al. did not score the occupation. */
  aiApplicability: number | null;
  aiApplicabilityPercentile: number | null;
  /** The SOC code the score is published under (a combined code for some occupations). */
  aiApplicabilitySoc: string | null;
  /** The BLS OEWS code the figures are published under, or null when BLS publishes none. */
  blsCode: string | null;
  employmentMay2021: number | null;
  medianAnnualWageMay2021: number | null;
  /** Why a BLS figure is missing or approximate, e.g. "top-coded: $208,000 or more". */
  blsNote: string | null;
};

export type RoleRecord = {
  slug: string;
  title: string;
  url: string;
  band: RiskLevel;
  bandLabel: string;
  automatableShare: number;
  updated: string | null;
  occupations: OccupationFigures[];
};

export type RolesDataset = {
  title: string;
  description: string;
  url: string;
  /** The latest `updated` date among the profiles (from the repository's history; null without it). */
  updated: string | null;
  licence: string;
  credits: { dataset: string; citation: string; url: string; licence: string; licenceUrl: string; credit: string }[];
  notes: string[];
  roles: RoleRecord[];
};

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const valueOf = (v: OewsValue | undefined) => (v?.status === "value" ? v.value : null);

function blsNote(research: Research, code: string): string | null {
  const w = research.byCode.get(code)?.wages;
  if (!w) return "not published by BLS for this occupation";
  const notes: string[] = [];
  if (w.combined) notes.push(`published only within the combined group ${w.code} (${w.title})`);
  if (w.medianAnnualWage.status === "top-coded") notes.push("median annual wage top-coded: $208,000 or more");
  if (w.medianAnnualWage.status === "not-available") notes.push("median annual wage not published");
  if (w.employment.status !== "value") notes.push("employment not published");
  return notes.length ? notes.join("; ") : null;
}

export function occupationFigures(research: Research, code: string): OccupationFigures {
  const o = research.byCode.get(code);
  if (!o) throw new RangeError(`no occupation ${code} in the research data`);
  const { distributions } = research;
  return {
    code: o.code,
    title: o.title,
    gpt4Beta: round4(o.gpt4.beta),
    gpt4BetaPercentile: percentileRank(distributions.gpt4Beta, o.gpt4.beta),
    humanBeta: round4(o.human.beta),
    humanBetaPercentile: percentileRank(distributions.humanBeta, o.human.beta),
    aiApplicability: o.applicability ? round4(o.applicability.score) : null,
    aiApplicabilityPercentile: o.applicability ? percentileRank(distributions.applicability, o.applicability.score) : null,
    aiApplicabilitySoc: o.applicability?.code ?? null,
    blsCode: o.wages?.code ?? null,
    employmentMay2021: valueOf(o.wages?.employment),
    medianAnnualWageMay2021: valueOf(o.wages?.medianAnnualWage),
    blsNote: blsNote(research, code),
  };
}

export function buildRolesDataset(roles: readonly Role[], research: Research): RolesDataset {
  const published = roles.filter((r) => !r.draft);
  return {
    title: "Role Compass: AI risk bands and research figures for every published role profile",
    description:
      "One record per published profile: its editorial AI automation risk band and automatable share, its O*NET-SOC codes, and for each code the research figures shown on the page.",
    url: absoluteUrl("/data/roles.json"),
    updated: published.reduce<string | null>((max, r) => (r.updated && (!max || r.updated > max) ? r.updated : max), null),
    licence:
      "The research figures keep their sources' licences, listed under credits; credit them as shown when you reuse them. The band and automatable share are Role Compass editorial judgements: cite Role Compass and link to the profile.",
    credits: Object.values(DATASETS)
      .filter((d) => d.id !== "onet")
      .map((d) => ({ dataset: d.short, citation: d.citation, url: d.url, licence: d.licence, licenceUrl: d.licenceUrl, credit: d.credit })),
    notes: [
      NOT_A_FORECAST,
      "β (beta) is the share of an occupation's O*NET tasks an LLM could do in half the time (direct exposure), plus half the share that software built on an LLM could (Eloundou et al.). Values are rounded to 4 decimals.",
      "Percentiles (1–99) rank an occupation among all 923 O*NET-SOC occupations for β, and among all 785 SOC occupations Tomlinson et al. scored for AI applicability.",
      "Employment and median annual wage are BLS OEWS national estimates for May 2021, not current figures.",
      `Methodology: ${absoluteUrl("/methodology#research-data")}`,
    ],
    roles: published.map((r) => ({
      slug: r.slug,
      title: r.title,
      url: absoluteUrl(`/roles/${r.slug}`),
      band: r.risk.level,
      bandLabel: RISK_BANDS[r.risk.level].label,
      automatableShare: r.risk.automatableShare,
      updated: r.updated ?? null,
      occupations: r.onet.map((code) => occupationFigures(research, code)),
    })),
  };
}

export const CSV_COLUMNS = [
  "slug",
  "title",
  "url",
  "band",
  "automatable_share",
  "onet_code",
  "onet_title",
  "gpt4_beta",
  "gpt4_beta_percentile",
  "human_beta",
  "human_beta_percentile",
  "ai_applicability",
  "ai_applicability_percentile",
  "ai_applicability_soc",
  "bls_code",
  "employment_may2021",
  "median_annual_wage_may2021",
  "bls_note",
] as const;

/** RFC 4180 quoting: quote a cell that holds a comma, a quote or a line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV download: one row per profile and O*NET-SOC code. It starts with comment lines (`# …`)
 * carrying the credits and notes; read it with `pandas.read_csv(url, comment="#")` or
 * `read.csv(url, comment.char = "#")`.
 */
export function rolesDatasetToCsv(dataset: RolesDataset): string {
  const comments = [
    dataset.title,
    dataset.licence,
    ...dataset.credits.map((c) => c.credit),
    ...dataset.notes,
    `JSON version with the same data: ${absoluteUrl("/data/roles.json")}`,
  ].map((line) => `# ${line.replace(/[\r\n]+/g, " ")}`);
  const rows = dataset.roles.flatMap((r) =>
    r.occupations.map((o) =>
      [
        r.slug,
        r.title,
        r.url,
        r.band,
        r.automatableShare,
        o.code,
        o.title,
        o.gpt4Beta,
        o.gpt4BetaPercentile,
        o.humanBeta,
        o.humanBetaPercentile,
        o.aiApplicability,
        o.aiApplicabilityPercentile,
        o.aiApplicabilitySoc,
        o.blsCode,
        o.employmentMay2021,
        o.medianAnnualWageMay2021,
        o.blsNote,
      ]
        .map(csvCell)
        .join(","),
    ),
  );
  return [...comments, CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
