import { FAMILIARITY_LABELS, MAX_OUTSIDE_SHARE, TIME_LABELS } from "@/lib/assessment/scoring";
import type { FormPrefill } from "@/lib/assessment/params";
import type { AiTool, AugmentedTask, AutomatedTask } from "@/lib/content/schema";

export type AssessmentFormProps = {
  action: string;
  automating: AutomatedTask[];
  augmenting: AugmentedTask[];
  aiTools: AiTool[];
  /** Answers already given (from the URL), by parameter name. */
  prefill: FormPrefill;
};

type Option = { value: number; label: string };
const TIME_OPTIONS: Option[] = [0, 1, 2].map((v) => ({ value: v, label: TIME_LABELS[v as 0 | 1 | 2] }));
const TOOL_OPTIONS: Option[] = [0, 1, 2].map((v) => ({ value: v, label: FAMILIARITY_LABELS[v as 0 | 1 | 2] }));
const OUTSIDE_OPTIONS = Array.from({ length: MAX_OUTSIDE_SHARE / 10 + 1 }, (_, i) => i * 10);

/** One question: a labelled radio group (the task or tool) with three choices. */
function ChoiceRow({
  name,
  legend,
  hint,
  options,
  checked,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  checked?: number;
}) {
  const id = `q-${name}`;
  return (
    <div
      role="radiogroup"
      aria-labelledby={id}
      className="grid gap-2 border-t border-slate-200 py-3 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-6 dark:border-slate-800"
    >
      <div>
        <p id={id} className="font-medium text-slate-900 dark:text-white">
          {legend}
        </p>
        {hint && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{hint}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="inline-flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 px-3 py-1.5 text-sm whitespace-nowrap has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:font-semibold dark:border-slate-700 dark:has-checked:border-sky-300 dark:has-checked:bg-slate-800"
          >
            <input type="radio" name={name} value={o.value} defaultChecked={checked === o.value} required className="accent-brand-600" />
            {o.label}
          </label>
        ))}
      </div>
    </div>
  );
}

function Step({ n, title, intro, children }: { n: number; title: string; intro: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`step-${n}`} className="rounded-2xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <h2 id={`step-${n}`} className="text-lg font-bold text-slate-900 dark:text-white">
        <span className="text-brand-700 dark:text-sky-300">{n}.</span> {title}
      </h2>
      <p className="mt-1 mb-2 text-sm text-slate-600 dark:text-slate-400">{intro}</p>
      {children}
    </section>
  );
}

/**
 * The assessment as a plain GET form: it works without JavaScript, and the result URL holds the answers,
 * so it can be bookmarked or shared. Parameter names are documented in lib/assessment/params.ts.
 */
export function AssessmentForm({ action, automating, augmenting, aiTools, prefill }: AssessmentFormProps) {
  return (
    <form method="get" action={action} className="space-y-6" aria-label="AI exposure assessment">
      <Step n={1} title="Tasks AI is automating" intro="How much of your week does each of these take?">
        {automating.map((t, i) => (
          <ChoiceRow key={t.task} name={`a${i + 1}`} legend={t.task} options={TIME_OPTIONS} checked={prefill[`a${i + 1}`]} />
        ))}
      </Step>
      <Step n={2} title="Tasks where AI helps and you stay in charge" intro="How much of your week does each of these take?">
        {augmenting.map((t, i) => (
          <ChoiceRow key={t.task} name={`g${i + 1}`} legend={t.task} options={TIME_OPTIONS} checked={prefill[`g${i + 1}`]} />
        ))}
      </Step>
      <Step n={3} title="Everything else" intro="Meetings, people, physical or on-site work, anything not listed above.">
        <div className="border-t border-slate-200 py-3 dark:border-slate-800">
          <label htmlFor="o" className="font-medium text-slate-900 dark:text-white">
            How much of your working time goes on work not listed above?
          </label>
          <select
            id="o"
            name="o"
            required
            defaultValue={prefill.o !== undefined ? String(prefill.o) : ""}
            className="mt-2 block w-full max-w-xs rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="" disabled>
              Choose a share…
            </option>
            {OUTSIDE_OPTIONS.map((v) => (
              <option key={v} value={v}>
                {v === 0 ? "None (0%)" : `About ${v}%`}
              </option>
            ))}
          </select>
        </div>
      </Step>
      {aiTools.length > 0 && (
        <Step n={4} title="AI tools" intro="How familiar are you with each tool this profile recommends?">
          {aiTools.map((t, i) => (
            <ChoiceRow key={t.name} name={`t${i + 1}`} legend={t.name} hint={t.use} options={TOOL_OPTIONS} checked={prefill[`t${i + 1}`]} />
          ))}
        </Step>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2"
        >
          See my result
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400">Your answers stay in the page address. Nothing is stored or logged.</p>
      </div>
    </form>
  );
}
