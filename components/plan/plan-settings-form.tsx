import { DEFAULT_HOURS, MAX_HOURS, MIN_HOURS } from "@/lib/assessment/params";

export type PlanSettingsFormProps = {
  /** The plan URL, /roles/<slug>/plan. */
  action: string;
  /** Parameters carried along unchanged (the assessment answers), as name/value pairs. */
  hidden: [string, string][];
  hours?: number;
  /** Show the start-date field, pre-filled with this date (YYYY-MM-DD). */
  start?: string;
  submitLabel: string;
  /** Distinguishes the ids when the form appears twice on a page. */
  idPrefix?: string;
};

const HOUR_OPTIONS = Array.from({ length: MAX_HOURS - MIN_HOURS + 1 }, (_, i) => MIN_HOURS + i);

/** A GET form to the plan: hours per week (1–20), optionally a start date, and the answers as hidden fields. */
export function PlanSettingsForm({ action, hidden, hours = DEFAULT_HOURS, start, submitLabel, idPrefix = "plan" }: PlanSettingsFormProps) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4" aria-label="Plan settings">
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={`${idPrefix}-h`} className="block text-sm font-medium text-slate-900 dark:text-white">
          Hours per week
        </label>
        <select
          id={`${idPrefix}-h`}
          name="h"
          defaultValue={String(hours)}
          className="mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        >
          {HOUR_OPTIONS.map((h) => (
            <option key={h} value={h}>
              {h} {h === 1 ? "hour" : "hours"}
            </option>
          ))}
        </select>
      </div>
      {start !== undefined && (
        <div>
          <label htmlFor={`${idPrefix}-s`} className="block text-sm font-medium text-slate-900 dark:text-white">
            Start date
          </label>
          <input
            id={`${idPrefix}-s`}
            type="date"
            name="s"
            defaultValue={start}
            min="2000-01-01"
            max="2099-12-31"
            required
            className="mt-1 rounded-lg border border-slate-300 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
      )}
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {submitLabel}
      </button>
    </form>
  );
}
