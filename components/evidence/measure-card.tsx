import type { Measure } from "@/lib/research/evidence";
import { ordinal } from "@/lib/research/percentile";
import { DATASETS } from "@/lib/research/sources";

export type MeasureCardProps = { measure: Measure };

/**
 * One research figure: the value, its percentile as a bar (CSS only), where that stands in words, and
 * a link to its source. The bar has a text alternative, so the figure reads the same without it.
 */
export function MeasureCard({ measure }: MeasureCardProps) {
  const source = DATASETS[measure.source];
  return (
    <div
      className="flex flex-col rounded-xl border border-slate-200 p-4 dark:border-slate-800 [&_a]:underline"
      data-testid={`measure-${measure.id}`}
    >
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{measure.label}</p>
      <p className="mt-1 text-3xl font-extrabold text-slate-900 tabular-nums dark:text-white">{measure.valueText}</p>
      <div
        role="img"
        aria-label={`${ordinal(measure.percentile)} percentile among ${measure.population} occupations`}
        className="relative mt-3 h-2.5 rounded-full bg-slate-200 dark:bg-slate-700"
      >
        {/* Note: an SVG bar sized by attribute, not a style attribute: the HTML check refuses inline styles. */}
        <svg aria-hidden="true" className="block h-2.5 w-full">
          <rect width={`${measure.percentile}%`} height="100%" rx="5" className="fill-brand-600 dark:fill-sky-400" />
        </svg>
        <div aria-hidden="true" className="absolute inset-y-[-3px] left-1/2 w-px bg-slate-500 dark:bg-slate-400" />
      </div>
      <p className="mt-1 flex justify-between text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        <span>lowest</span>
        <span>median</span>
        <span>highest</span>
      </p>
      <p className="mt-3 text-sm font-semibold text-slate-900 dark:text-white">{measure.standing}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{measure.reading}</p>
      {measure.note && <p className="mt-1 text-sm text-slate-600 italic dark:text-slate-400">{measure.note}</p>}
      <p className="mt-auto pt-3 text-xs text-slate-600 dark:text-slate-400">
        Among {measure.population} occupations; the median scores {measure.medianText}. Source:{" "}
        <a href={measure.sourceUrl} rel="noopener">
          {source.short}
        </a>
      </p>
    </div>
  );
}
