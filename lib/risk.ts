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
