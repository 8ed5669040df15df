import { PlanSettingsForm } from "@/components/plan/plan-settings-form";
import { withQuery, type PlanParams } from "@/lib/assessment/params";
import type { Plan } from "@/lib/assessment/plan";
import type { Role } from "@/lib/content";
import { formatDate } from "@/lib/content/format";

export type PlanIntroProps = { role: Role; plan: Plan; formPath: string };

/** The plan's title and summary, with a pointer to the assessment when the plan follows the profile alone. */
export function PlanIntro({ role, plan, formPath }: PlanIntroProps) {
  return (
    <>
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
        {plan.personalised ? `Your 12-week AI action plan as a ${role.title}` : `A 12-week AI action plan for ${role.title}`}
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300" data-testid="plan-summary">
        <strong>
          {plan.hoursPerWeek} {plan.hoursPerWeek === 1 ? "hour" : "hours"} a week
        </strong>
        , from <time dateTime={plan.start}>{formatDate(plan.start)}</time> to <time dateTime={plan.end}>{formatDate(plan.end)}</time>.{" "}
        {plan.summary}
      </p>
      {!plan.personalised && (
        <p className="no-print mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          This plan follows the role profile. <a href={formPath}>Take the one-minute assessment</a> to build it from your own week.
        </p>
      )}
    </>
  );
}

export type PlanSettingsSectionProps = {
  /** The plan URL, /roles/<slug>/plan. */
  planPath: string;
  settings: PlanParams;
  /** The answers, carried along by the settings form. */
  answers: [string, string][];
  /** The plan's query, for the download links. */
  query: URLSearchParams;
};

/** The settings form (hours per week, start date) and the calendar and markdown downloads; not printed. */
export function PlanSettingsSection({ planPath, settings, answers, query }: PlanSettingsSectionProps) {
  return (
    <section
      aria-labelledby="settings-heading"
      className="no-print mt-6 rounded-2xl border border-slate-200 bg-slate-50 p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="settings-heading" className="sr-only">
        Settings and downloads
      </h2>
      <PlanSettingsForm action={planPath} hidden={answers} hours={settings.hours} start={settings.start} submitLabel="Update the plan" />
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium" aria-label="Downloads">
        <li>
          <a href={withQuery(`${planPath}/calendar.ics`, query)} download>
            Add to your calendar (.ics)
          </a>
        </li>
        <li>
          <a href={withQuery(`${planPath}/plan.md`, query)} download>
            Download as markdown
          </a>
        </li>
        <li className="text-slate-600 dark:text-slate-400">
          To print, use your browser&apos;s print command: the layout fits A4 and Letter.
        </li>
      </ul>
    </section>
  );
}
