import type { ParamError } from "@/lib/assessment-params";

export type InvalidParamsProps = {
  errors: ParamError[];
  /** Where to fix them: the form with the valid answers kept. */
  backHref: string;
  backLabel: string;
  /** Another way on, e.g. the plan with the valid settings. */
  alternative?: { href: string; label: string };
};

/** The body of the 400 page: every wrong field, named, and the way back with the valid answers kept. */
export function InvalidParams({ errors, backHref, backLabel, alternative }: InvalidParamsProps) {
  return (
    <div className="mx-auto max-w-2xl py-6" data-testid="invalid-params">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-700 dark:text-red-300">400 — check the answers</p>
      <h1 className="mt-2 text-3xl font-extrabold text-slate-900 dark:text-white">
        {errors.length === 1 ? "One answer needs fixing" : `${errors.length} answers need fixing`}
      </h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        The page address has {errors.length === 1 ? "a value" : "values"} we cannot use. This usually happens when a link was cut short or
        edited by hand.
      </p>
      <ul className="mt-6 space-y-3" aria-label="Fields to fix">
        {errors.map((e) => (
          <li key={e.field} className="rounded-xl border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950">
            <p className="font-semibold text-slate-900 dark:text-white">
              <code className="mr-2 rounded bg-white px-1.5 py-0.5 text-sm dark:bg-slate-900">{e.field}</code>
              {e.label}
            </p>
            <p className="mt-1 text-slate-800 dark:text-slate-200">{e.message}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8 flex flex-wrap gap-3">
        <a href={backHref} className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700 hover:no-underline">
          {backLabel}
        </a>
        {alternative && (
          <a href={alternative.href} className="rounded-lg border border-slate-300 px-4 py-2 font-semibold dark:border-slate-700">
            {alternative.label}
          </a>
        )}
      </p>
    </div>
  );
}
