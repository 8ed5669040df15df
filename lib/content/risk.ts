/**
 * Risk bands and the rule that ties each band to a profile's estimated automatable share.
 * The methodology page explains the same thresholds; `check-content` enforces them so that
 * every profile follows the methodology.
 */
export const RISK_LEVELS = ["low", "medium", "high", "very-high"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export type RiskBand = {
  level: RiskLevel;
  label: string;
  /** Inclusive lower bound of the automatable share (percent of core working time). */
  min: number;
  /** Exclusive upper bound (100 is inclusive for the top band). */
  max: number;
  /** Position on the 4-step meter, 1..4, so the rating is readable without colour. */
  step: 1 | 2 | 3 | 4;
  summary: string;
};

export const RISK_BANDS: Record<RiskLevel, RiskBand> = {
  low: {
    level: "low",
    label: "Low",
    min: 0,
    max: 20,
    step: 1,
    summary: "Under a fifth of the core work can be done by AI today; the role changes in its tools more than in its substance.",
  },
  medium: {
    level: "medium",
    label: "Medium",
    min: 20,
    max: 40,
    step: 2,
    summary: "A fifth to two fifths of the core work is automatable now; routine parts shrink and the role shifts toward judgement.",
  },
  high: {
    level: "high",
    label: "High",
    min: 40,
    max: 60,
    step: 3,
    summary: "Two fifths or more of the core work is automatable now; fewer people do the same volume, and the role narrows.",
  },
  "very-high": {
    level: "very-high",
    label: "Very high",
    min: 60,
    max: 101,
    step: 4,
    summary: "Most of the core work is automatable now; the role as it exists today is being absorbed by software.",
  },
};

/** The band a given automatable share (0–100) falls in, per the methodology. */
export function bandForShare(share: number): RiskLevel {
  for (const level of RISK_LEVELS) {
    const band = RISK_BANDS[level];
    if (share >= band.min && share < band.max) return level;
  }
  throw new RangeError(`automatable share must be between 0 and 100, got ${share}`);
}

export function riskLabel(level: RiskLevel): string {
  return RISK_BANDS[level].label;
}

export type BandComparison = {
  editorialStep: 1 | 2 | 3 | 4;
  /** The quarter of all occupations the research puts the role in, 1 (least exposed) to 4. */
  researchStep: 1 | 2 | 3 | 4;
  /** The mean percentile the research step comes from. */
  meanPercentile: number;
  verdict: "agree" | "research-higher" | "research-lower";
  /** Where the band and the research stand. */
  message: string;
  /** Where they disagree: why they can, in general (a profile's researchNote says why for the role). */
  explanation?: string;
};

/**
 * Compares the editorial band with the research. The band measures a share of working time that AI
 * can do end to end today; the research measures exposure, which is broader. They are on different
 * scales, so we compare positions: the band's step (1–4) against the quarter of all occupations the
 * research places the role in (mean percentile of every figure for every code). Two or more steps
 * apart is a disagreement the page points out.
 */
export function compareBandWithResearch(level: RiskLevel, percentiles: readonly number[]): BandComparison | undefined {
  if (percentiles.length === 0) return undefined;
  const band = RISK_BANDS[level];
  const meanPercentile = Math.round(percentiles.reduce((s, p) => s + p, 0) / percentiles.length);
  const researchStep = (meanPercentile < 25 ? 1 : meanPercentile < 50 ? 2 : meanPercentile < 75 ? 3 : 4) as 1 | 2 | 3 | 4;
  const quarter = ["the least exposed quarter", "the second quarter", "the third quarter", "the most exposed quarter"][researchStep - 1];
  const gap = researchStep - band.step;
  if (Math.abs(gap) < 2) {
    return {
      editorialStep: band.step,
      researchStep,
      meanPercentile,
      verdict: "agree",
      message: `Our band (${band.label}, step ${band.step} of 4) and the research broadly agree: on average the research places this work in ${quarter} of all occupations (mean percentile ${meanPercentile}).`,
    };
  }
  return {
    editorialStep: band.step,
    researchStep,
    meanPercentile,
    verdict: gap > 0 ? "research-higher" : "research-lower",
    message: `Our band and the research disagree: we rate this role ${band.label} (step ${band.step} of 4), while the research places the occupation in ${quarter} of all occupations (mean percentile ${meanPercentile}).`,
    explanation:
      gap > 0
        ? "Exposure counts every task AI could speed up, including ones a person still does and signs off; our band counts only the work AI can do end to end today."
        : "The research reflects the models of 2023–2024 and how people used them then; our band is an editor's task-by-task judgement of the tools in use today, listed above.",
  };
}
