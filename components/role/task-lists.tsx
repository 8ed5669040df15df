import type { AugmentedTask, AutomatedTask } from "@/lib/content/schema";

export type TaskListProps =
  | { kind: "automating"; tasks: readonly AutomatedTask[]; note?: string }
  | { kind: "augmenting"; tasks: readonly AugmentedTask[]; note?: string };

/**
 * The tasks AI is automating (each with what does it) or augmenting (what AI does, what you own), and
 * the editor's note where a job has fewer of them than most.
 */
export function TaskList(props: TaskListProps) {
  const automating = props.kind === "automating";
  return (
    <>
      <ul className="space-y-3" data-testid={props.kind}>
        {props.tasks.map((t) => (
          <li key={t.task} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <p className="font-semibold text-slate-900 dark:text-white">
              <span aria-hidden="true" className={automating ? "mr-2 text-risk-high" : "mr-2 text-brand-600 dark:text-sky-300"}>
                {automating ? "⚙" : "⇄"}
              </span>
              {t.task}
            </p>
            {"detail" in t ? (
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.detail}</p>
            ) : (
              <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
                <dt className="font-medium text-slate-600 dark:text-slate-400">AI does</dt>
                <dd className="text-slate-800 dark:text-slate-200">{t.ai}</dd>
                <dt className="font-medium text-slate-600 dark:text-slate-400">You own</dt>
                <dd className="text-slate-800 dark:text-slate-200">{t.human}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
      {props.note && (
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300" data-testid={`${props.kind}-note`}>
          {props.note}
        </p>
      )}
    </>
  );
}
