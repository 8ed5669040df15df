import type { Occupation, OnetTask, Research, WageFigures } from "./load";
import { ordinal, percentileRank, type Distribution } from "./percentile";
import { DATASETS, type DatasetId } from "./sources";
import type { ExposureLabel } from "./values";

/*
 * Turns the loaded research into what a page shows: each figure with its percentile and a
 * plain-language reading. Pure functions of the loaded data, so they are unit-tested without a build.
 */

export type MeasureId = "gpt4-beta" | "human-beta" | "ai-applicability";

export type Measure = {
  id: MeasureId;
  label: string;
  /** The raw value, 0–1. */
  value: number;
  /** How the value is written: "0.87" for β and the applicability score. */
  valueText: string;
  /** Percentile rank among all occupations in the dataset, 1–99. */
  percentile: number;
  /** How many occupations the percentile is among. */
  population: number;
  /** Where the typical occupation stands, for comparison (the median's value). */
  medianText: string;
  /** One line: where the occupation stands. */
  standing: string;
  /** One line: what the value means for this occupation. */
  reading: string;
  /** Set when the figure covers a wider group than the occupation. */
  note?: string;
  source: DatasetId;
  sourceUrl: string;
};

const pct = (share: number) => `${Math.round(share * 100)}%`;
const two = (value: number) => value.toFixed(2);

/** Where a percentile stands, in words, e.g. "Among the most exposed tenth of occupations". */
export function describePercentile(percentile: number, adjective: string): string {
  if (percentile >= 90) return `Among the most ${adjective} tenth of occupations`;
  if (percentile >= 67) return `More ${adjective} than most occupations`;
  if (percentile > 33) return `Around the middle of all occupations`;
  if (percentile > 10) return `Less ${adjective} than most occupations`;
  return `Among the least ${adjective} tenth of occupations`;
}

function exposureMeasure(id: "gpt4-beta" | "human-beta", occupation: Occupation, distribution: Distribution, population: number): Measure {
  const scores = id === "gpt4-beta" ? occupation.gpt4 : occupation.human;
  const who = id === "gpt4-beta" ? "GPT-4" : "Human annotators";
  const percentile = percentileRank(distribution, scores.beta);
  const labels = occupation.tasks.map((t) => (id === "gpt4-beta" ? t.gpt4 : t.human));
  const direct = labels.filter((l) => l === "E1").length;
  const withTools = labels.filter((l) => l === "E2").length;
  return {
    id,
    label: id === "gpt4-beta" ? "GPT-4-rated exposure (β)" : "Human-rated exposure (β)",
    value: scores.beta,
    valueText: two(scores.beta),
    percentile,
    population,
    medianText: two(distribution.median),
    standing: `${describePercentile(percentile, "exposed")} (${ordinal(percentile)} percentile)`,
    // Note: β also rests on ratings of the occupation's detailed work activities, so the task counts
    // below explain it rather than reproduce it exactly.
    reading:
      labels.length > 0
        ? `${who} rated ${direct} of its ${labels.length} O*NET tasks directly exposed (an LLM alone could halve the time) and ${withTools} exposed with tools built on an LLM.`
        : `${who} rated ${pct(scores.alpha)} of its work directly exposed and ${pct(Math.max(0, scores.gamma - scores.alpha))} exposed with tools built on an LLM.`,
    source: "eloundou",
    sourceUrl: DATASETS.eloundou.url,
  };
}

function applicabilityMeasure(occupation: Occupation, distribution: Distribution, population: number): Measure | undefined {
  const a = occupation.applicability;
  if (!a) return undefined;
  const percentile = percentileRank(distribution, a.score);
  return {
    id: "ai-applicability",
    label: "AI applicability score",
    value: a.score,
    valueText: two(a.score),
    percentile,
    population,
    medianText: two(distribution.median),
    standing: `${describePercentile(percentile, "AI-applicable")} (${ordinal(percentile)} percentile)`,
    reading:
      percentile >= 67
        ? "People's real Bing Copilot conversations in 2024 covered much of its work, and AI often completed what was asked."
        : percentile > 33
          ? "People's real Bing Copilot conversations in 2024 covered part of its work, with mixed success."
          : "Its work rarely came up in people's real Bing Copilot conversations in 2024, or AI helped little with it.",
    note: a.combined ? `Scored for the combined SOC group “${a.title}” (${a.code}).` : undefined,
    source: "tomlinson",
    sourceUrl: DATASETS.tomlinson.url,
  };
}

export type WageEvidence = {
  employmentText: string;
  wageText: string;
  /** Set when BLS publishes the occupation only inside a combined group. */
  note?: string;
  sourceUrl: string;
};

const number = new Intl.NumberFormat("en-US");

/** Employment and median annual wage as a page writes them; markers become words, never "NaN". */
export function describeWages(wages: WageFigures | undefined): WageEvidence | undefined {
  if (!wages) return undefined;
  const employment = wages.employment;
  const wage = wages.medianAnnualWage;
  const hourly = wages.medianHourlyWage;
  return {
    employmentText: employment.status === "value" ? number.format(employment.value) : "not published by BLS",
    wageText:
      wage.status === "value"
        ? `$${number.format(wage.value)}`
        : wage.status === "top-coded"
          ? "$208,000 or more (BLS publishes no exact figure above this)"
          : hourly.status === "value"
            ? `not published (workers in this occupation typically do not work full-time all year); median hourly wage $${hourly.value.toFixed(2)}`
            : "not published by BLS",
    note: wages.combined
      ? `BLS publishes this occupation only within “${wages.title}” (${wages.code}); the figures are for that whole group.`
      : undefined,
    sourceUrl: `https://www.bls.gov/oes/2021/may/oes${wages.code.replace("-", "")}.htm`,
  };
}

export type TaskEvidence = OnetTask & {
  /** The profile tasks that cite this O*NET task, if any. */
  citedBy: { list: "automating" | "augmenting"; task: string }[];
};

export type OccupationEvidence = {
  code: string;
  title: string;
  measures: Measure[];
  wages?: WageEvidence;
  tasks: TaskEvidence[];
  /** Counts of tasks by GPT-4 label, for the summary line. */
  taskCounts: Record<ExposureLabel, number>;
  onetUrl: string;
};

/** A profile's tasks that cite O*NET task IDs, so the task list can point back to them. */
export type TaskCitations = ReadonlyMap<number, { list: "automating" | "augmenting"; task: string }[]>;

export function buildOccupationEvidence(
  research: Research,
  occupation: Occupation,
  citations: TaskCitations = new Map(),
): OccupationEvidence {
  const { distributions } = research;
  const measures = [
    exposureMeasure("gpt4-beta", occupation, distributions.gpt4Beta, distributions.gpt4Beta.sorted.length),
    exposureMeasure("human-beta", occupation, distributions.humanBeta, distributions.humanBeta.sorted.length),
    applicabilityMeasure(occupation, distributions.applicability, distributions.applicability.sorted.length),
  ].filter((m) => m !== undefined);
  const taskCounts: Record<ExposureLabel, number> = { E0: 0, E1: 0, E2: 0 };
  for (const t of occupation.tasks) taskCounts[t.gpt4]++;
  return {
    code: occupation.code,
    title: occupation.title,
    measures,
    wages: describeWages(occupation.wages),
    tasks: occupation.tasks.map((t) => ({ ...t, citedBy: citations.get(t.id) ?? [] })),
    taskCounts,
    onetUrl: `https://www.onetonline.org/link/summary/${occupation.code}`,
  };
}
