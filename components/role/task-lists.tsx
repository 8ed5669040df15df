import type { AugmentedTask, AutomatedTask } from "@/lib/schema";

export type AutomatingListProps = { tasks: AutomatedTask[] };

export function AutomatingList({ tasks }: AutomatingListProps) {
  return (
    <ul className="space-y-3" data-testid="automating">
      {tasks.map((t) => (
        <li key={t.task} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <p className="font-semibold text-slate-900 dark:text-white">
            <span aria-hidden="true" className="mr-2 text-risk-high">⚙</span>
            {t.task}
          </p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.detail}</p>
        </li>
      ))}
    </ul>
  );
}

export type AugmentingListProps = { tasks: AugmentedTask[] };

export function AugmentingList({ tasks }: AugmentingListProps) {
  return (
    <ul className="space-y-3" data-testid="augmenting">
      {tasks.map((t) => (
        <li key={t.task} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <p className="font-semibold text-slate-900 dark:text-white">
            <span aria-hidden="true" className="mr-2 text-brand-600 dark:text-sky-300">⇄</span>
            {t.task}
          </p>
          <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
            <dt className="font-medium text-slate-600 dark:text-slate-400">AI does</dt>
            <dd className="text-slate-800 dark:text-slate-200">{t.ai}</dd>
            <dt className="font-medium text-slate-600 dark:text-slate-400">You own</dt>
            <dd className="text-slate-800 dark:text-slate-200">{t.human}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
