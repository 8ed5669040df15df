import { invalidParamsHeading, type ParamError } from "@/lib/assessment/params";

export type InvalidParamsProps = {
  errors: ParamError[];
  /** Where to fix them: the form with the valid answers kept. */
  backHref: string;
  backLabel: string;
  /** Another way on, e.g. the plan with the valid settings. */
  alternative?: { href: string; label: string };
};

function Field({ error }: { error: ParamError }) {
  return (
    <>
      <code className="mr-2 rounded bg-white px-1.5 py-0.5 text-sm dark:bg-slate-900">{error.field}</code>
      {error.label}
    </>
  );
}

/**
 * The body of the 400 page: every wrong field, named, and the way back with the valid answers kept.
 * Values that are wrong come first, one card each; answers that are simply missing share one card.
 */
export function InvalidParams({ errors, backHref, backLabel, alternative }: InvalidParamsProps) {
  const missing = errors.filter((e) => e.problem === "missing");
  const wrong = errors.filter((e) => e.problem !== "missing");
  const heading = invalidParamsHeading(errors);
  return (
    <div className="mx-auto max-w-2xl py-6" data-testid="invalid-params">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-300">400 — check the answers</p>
      <h1 className="mt-2 text-3xl font-extrabold text-slate-900 dark:text-white">{heading}</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        The page address is missing answers or has values we cannot use. This usually happens when a link was cut short or edited by hand.
        Nothing you entered is lost: the way back keeps every valid answer.
      </p>
      <p className="mt-6 flex flex-wrap gap-3">
        <a
          href={backHref}
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700 hover:no-underline"
        >
          {backLabel}
        </a>
        {alternative && (
          <a href={alternative.href} className="rounded-lg border border-slate-300 px-4 py-2 font-semibold dark:border-slate-700">
            {alternative.label}
          </a>
        )}
      </p>
      <ul className="mt-8 space-y-3" aria-label="Fields to fix">
        {wrong.map((e) => (
          <li key={e.field} className="rounded-xl border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950">
            <p className="font-semibold text-slate-900 dark:text-white">
              <Field error={e} />
            </p>
            <p className="mt-1 text-slate-800 dark:text-slate-200">{e.message}</p>
          </li>
        ))}
        {missing.length > 0 && (
          <li className="rounded-xl border border-amber-200 bg-amber-50 p-4 dark:border-amber-900 dark:bg-amber-950">
            <p className="font-semibold text-slate-900 dark:text-white">Not answered yet</p>
            <ul className="mt-2 space-y-1.5 text-slate-800 dark:text-slate-200" aria-label="Missing answers">
              {missing.map((e) => (
                <li key={e.field}>
                  <Field error={e} /> <span className="text-slate-600 dark:text-slate-400">— {e.message}</span>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </div>
  );
}
