import Link from "@/components/ui/link";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";
import type { Risk } from "@/lib/content/schema";

const FILL: Record<string, string> = {
  low: "bg-risk-low",
  medium: "bg-risk-medium",
  high: "bg-risk-high",
  "very-high": "bg-risk-very-high",
};

export type RiskRatingProps = { risk: Risk; title: string };

/**
 * The rating as a labelled four-step meter. Readable without colour: the band is written out, the
 * meter's filled steps count the band, and the meter has a text alternative.
 */
export function RiskRating({ risk, title }: RiskRatingProps) {
  const band = RISK_BANDS[risk.level];
  return (
    <div
      className="rounded-2xl border border-slate-200 bg-slate-50 p-5 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
      data-testid="risk-rating"
    >
      <p className="text-sm font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">AI automation risk</p>
      <p className="mt-1 text-3xl font-extrabold text-slate-900 dark:text-white">
        {band.label}
        <span className="sr-only"> — band {band.step} of 4</span>
      </p>
      <div
        role="img"
        aria-label={`Risk meter: ${band.label}, step ${band.step} of 4 (low, medium, high, very high)`}
        className="mt-3 grid grid-cols-4 gap-1.5"
      >
        {RISK_LEVELS.map((level) => {
          const step = RISK_BANDS[level];
          const filled = step.step <= band.step;
          return (
            <div key={level}>
              <div className={`h-3 rounded-full ${filled ? FILL[risk.level] : "bg-slate-200 dark:bg-slate-700"}`} />
              <p
                className={`mt-1 text-xs ${level === risk.level ? "font-bold text-slate-900 dark:text-white" : "text-slate-500 dark:text-slate-400"}`}
                aria-hidden="true"
              >
                {step.label}
              </p>
            </div>
          );
        })}
      </div>
      <p className="mt-4 text-base text-slate-800 dark:text-slate-200">{risk.reason}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        We estimate that about <strong>{risk.automatableShare}%</strong> of the core working time of {title} goes on tasks AI can already do
        end to end. <Link href="/methodology#risk-bands">How we decide a rating</Link>
      </p>
    </div>
  );
}
