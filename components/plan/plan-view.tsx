import { PLAN_PHASES, TASK_KIND_LABELS, type Plan, type PlanTaskKind } from "@/lib/assessment/plan";

export type PlanViewProps = { plan: Plan };

const KIND_TONE: Record<PlanTaskKind, string> = {
  tool: "bg-sky-50 text-sky-900 ring-sky-600/30 dark:bg-sky-950 dark:text-sky-100",
  skill: "bg-violet-50 text-violet-900 ring-violet-600/30 dark:bg-violet-950 dark:text-violet-100",
  project: "bg-emerald-50 text-emerald-900 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-100",
};

/** "4 Jan – 10 Jan 2027" (the year repeated only when it changes), in UTC. */
function weekRange(from: string, to: string): string {
  const format = (iso: string, year: boolean) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: year ? "numeric" : undefined,
      timeZone: "UTC",
    });
  return `${format(from, from.slice(0, 4) !== to.slice(0, 4))} – ${format(to, true)}`;
}

const hours = (h: number) => `${h} h`;

/** The twelve weeks, grouped by phase, as a printable list of cards. */
export function PlanView({ plan }: PlanViewProps) {
  return (
    <div className="plan-weeks space-y-10">
      {PLAN_PHASES.map((phase) => (
        <section key={phase.phase} aria-labelledby={`phase-${phase.phase}`} className="plan-phase">
          <h2 id={`phase-${phase.phase}`} className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl dark:text-white">
            {phase.label}: weeks {phase.weeks[0]}–{phase.weeks[1]}
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{phase.summary}</p>
          <ol className="mt-4 grid gap-4 lg:grid-cols-2">
            {plan.weeks
              .filter((w) => w.phase === phase.phase)
              .map((week) => (
                <li
                  key={week.week}
                  className="plan-week rounded-xl border border-slate-200 p-4 dark:border-slate-800"
                  data-testid="plan-week"
                >
                  <article aria-labelledby={`week-${week.week}`}>
                    <p className="text-sm font-semibold text-brand-700 dark:text-sky-300">
                      Week {week.week} · <time dateTime={week.starts}>{weekRange(week.starts, week.ends)}</time>
                    </p>
                    <h3 id={`week-${week.week}`} className="mt-1 text-lg font-semibold text-slate-900 dark:text-white">
                      {week.focus}
                    </h3>
                    <ul className="mt-3 space-y-3">
                      {week.tasks.map((task) => (
                        <li key={task.title} className="text-sm">
                          <p className="flex items-center gap-2 text-xs">
                            <span className={`plan-kind rounded-full px-2 py-0.5 font-semibold ring-1 ring-inset ${KIND_TONE[task.kind]}`}>
                              {TASK_KIND_LABELS[task.kind]}
                            </span>
                            <span className="text-slate-600 dark:text-slate-400">{hours(task.hours)}</span>
                          </p>
                          <p className="mt-1 font-semibold text-slate-900 dark:text-white">{task.title}</p>
                          <p className="mt-1 text-slate-700 dark:text-slate-300">{task.detail}</p>
                        </li>
                      ))}
                    </ul>
                    <p className="mt-3 border-t border-slate-200 pt-3 text-sm text-slate-800 dark:border-slate-800 dark:text-slate-200">
                      <span className="font-semibold">Checkpoint:</span> {week.checkpoint}
                    </p>
                  </article>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
