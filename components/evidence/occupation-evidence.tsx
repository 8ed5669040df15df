import type { OccupationEvidence } from "@/lib/research/evidence";
import { DATASETS } from "@/lib/research/sources";
import { MeasureCard } from "./measure-card";

export type OccupationFiguresProps = { evidence: OccupationEvidence };

/** The three research figures side by side, then employment and pay. */
export function OccupationFigures({ evidence }: OccupationFiguresProps) {
  const missingApplicability = !evidence.measures.some((m) => m.id === "ai-applicability");
  return (
    <>
      <div className="grid gap-4 md:grid-cols-3">
        {evidence.measures.map((m) => (
          <MeasureCard key={m.id} measure={m} />
        ))}
      </div>
      {missingApplicability && (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {DATASETS.tomlinson.short} publish no AI applicability score for this occupation’s SOC code.
        </p>
      )}
      <WageFacts evidence={evidence} />
    </>
  );
}

function WageFacts({ evidence }: OccupationFiguresProps) {
  const wages = evidence.wages;
  return (
    <div className="mt-4 rounded-xl bg-slate-50 p-4 text-sm dark:bg-slate-900 [&_a]:underline" data-testid="wages">
      {wages ? (
        <>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium text-slate-600 dark:text-slate-400">US employment, May 2021</dt>
            <dd className="font-semibold text-slate-900 tabular-nums dark:text-white">{wages.employmentText}</dd>
            <dt className="font-medium text-slate-600 dark:text-slate-400">Median annual wage, May 2021</dt>
            <dd className="font-semibold text-slate-900 tabular-nums dark:text-white">{wages.wageText}</dd>
          </dl>
          {wages.note && <p className="mt-2 text-slate-600 italic dark:text-slate-400">{wages.note}</p>}
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Source:{" "}
            <a href={wages.sourceUrl} rel="noopener">
              {DATASETS.bls.short}
            </a>
            , national estimates across all industries — the release the exposure research was matched with, not current figures.
          </p>
        </>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          {DATASETS.bls.short} publishes no employment or wage estimate for this occupation (it covers wage and salary jobs, not the
          self-employed).
        </p>
      )}
    </div>
  );
}
