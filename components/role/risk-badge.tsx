import { RISK_BANDS, type RiskLevel } from "@/lib/content/risk";

const TONE: Record<RiskLevel, string> = {
  low: "bg-green-50 text-green-800 ring-green-600/30 dark:bg-green-950 dark:text-green-200 dark:ring-green-400/40",
  medium: "bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/40",
  high: "bg-orange-50 text-orange-900 ring-orange-600/30 dark:bg-orange-950 dark:text-orange-200 dark:ring-orange-400/40",
  "very-high": "bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/40",
};

export type RiskBadgeProps = { level: RiskLevel };

/** A compact band label for lists; the text carries the meaning, colour only reinforces it. */
export function RiskBadge({ level }: RiskBadgeProps) {
  const band = RISK_BANDS[level];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[level]}`}>
      <span aria-hidden="true" className="font-mono tracking-tighter">
        {"▮".repeat(band.step)}
        <span className="opacity-30">{"▮".repeat(4 - band.step)}</span>
      </span>
      {band.label} risk
    </span>
  );
}
