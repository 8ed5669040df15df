import type { Distribution } from "./percentile";
import type { ExposureLabel, OewsValue, TaskType } from "./values";

/* The research data's types, in a module of their own so the loader and the page helpers share them. */

/** α = share of tasks directly exposed (E1); β = E1 + ½·E2; γ = E1 + E2 (Eloundou et al.). */
export type ExposureScores = { alpha: number; beta: number; gamma: number };

/** One O*NET task statement with its exposure labels. */
export type OnetTask = {
  /** O*NET task ID, which profiles cite in `taskIds`. */
  id: number;
  statement: string;
  /** O*NET's task type; core tasks are the ones most incumbents rate as important and relevant. */
  type: TaskType;
  /** Exposure label from GPT-4 and from the human annotators. */
  gpt4: ExposureLabel;
  human: ExposureLabel;
};

/** BLS OEWS national figures, May 2021. */
export type WageFigures = {
  /** The OEWS code the figures are published under (a combined code when `combined`). */
  code: string;
  /** The OEWS title for that code. */
  title: string;
  /** True when BLS publishes the occupation only inside a wider combined group. */
  combined: boolean;
  employment: OewsValue;
  medianAnnualWage: OewsValue;
  /** Shown when no annual figure is published (work that is not year-round, such as acting). */
  medianHourlyWage: OewsValue;
};

/** Tomlinson et al.'s AI applicability score for the occupation's SOC code. */
export type Applicability = { code: string; title: string; combined: boolean; score: number };

export type Occupation = {
  /** O*NET-SOC code, e.g. 15-1252.00. */
  code: string;
  /** SOC 2018 code, e.g. 15-1252. */
  soc: string;
  /** 2-digit SOC major group, e.g. "15". */
  majorGroup: string;
  title: string;
  gpt4: ExposureScores;
  human: ExposureScores;
  /** Core tasks first, then supplemental, then unclassified; O*NET's order within each. */
  tasks: OnetTask[];
  applicability?: Applicability;
  wages?: WageFigures;
};

export type Research = {
  /** Every occupation in the exposure data, sorted by code. */
  occupations: Occupation[];
  byCode: ReadonlyMap<string, Occupation>;
  /** Task ID → O*NET-SOC code of the occupation it belongs to. */
  taskOwner: ReadonlyMap<number, string>;
  /** 2-digit major group → its SOC title ("15" → "Computer and Mathematical Occupations"). */
  majorGroups: ReadonlyMap<string, string>;
  /** BLS OEWS May 2021: all US employment, and each detailed occupation's (where BLS publishes a figure). */
  employment: { total: number | undefined; detailed: { code: string; title: string; employment: number }[] };
  /** Distributions for percentiles: β over every O*NET-SOC occupation, applicability over every SOC code scored. */
  distributions: { gpt4Beta: Distribution; humanBeta: Distribution; applicability: Distribution };
};
