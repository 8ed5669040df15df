import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvalidParams } from "@/components/assessment/invalid-params";
import { ToolTrail } from "@/components/assessment/tool-trail";
import { PlanSettingsForm } from "@/components/plan/plan-settings-form";
import { PlanView } from "@/components/plan/plan-view";
import { answerFields, onlyAnswers, parsePlanQuery, parseResultQuery, planToQuery, todayUtc, withQuery } from "@/lib/assessment/params";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { cache } from "react";
import { getCategory, getRole } from "@/lib/content";
import { formatDate } from "@/lib/content/format";
import { buildPlan } from "@/lib/assessment/plan";
import "./plan-print.css";

/**
 * The role and its parsed query, once per request for the metadata and the page. A bad query answers 400:
 * proxy.ts runs the same parser (lib/proxy/request-guard.ts) and sets the status.
 */
const load = cache((slug: string, query: string) => {
  const role = getRole(slug);
  return role && { role, parsed: parsePlanQuery(role, toQueryRecord(query), todayUtc()) };
});

export async function generateMetadata({ params, searchParams }: PageProps<"/roles/[slug]/plan">): Promise<Metadata> {
  const loaded = load((await params).slug, toQueryString(await searchParams));
  if (!loaded) return {};
  const { role } = loaded;
  const ok = loaded.parsed.ok;
  return {
    title: `${ok ? "" : "Check the settings: "}12-week AI action plan for ${role.title}`,
    description: `A week-by-week plan for ${role.title} professionals: the AI tools to adopt, the skills to practise and two small projects on real work.`,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function PlanPage({ params, searchParams }: PageProps<"/roles/[slug]/plan">) {
  const loaded = load((await params).slug, toQueryString(await searchParams));
  if (!loaded) notFound();
  const { role, parsed } = loaded;
  const planPath = `/roles/${role.slug}/plan`;
  const formPath = `/roles/${role.slug}/assessment`;

  if (!parsed.ok) {
    const answerNames = new Set(answerFields(role).map((f) => f.name));
    const keptAnswers = onlyAnswers(role, parsed.kept);
    const keptSettings = new URLSearchParams([...parsed.kept].filter(([key]) => !answerNames.has(key)));
    const answersComplete = parseResultQuery(role, toQueryRecord(keptAnswers)).ok;
    const planHref = withQuery(planPath, answersComplete ? parsed.kept : keptSettings);
    const answersWrong = parsed.errors.some((e) => answerNames.has(e.field));
    return answersWrong ? (
      <InvalidParams
        errors={parsed.errors}
        backHref={withQuery(formPath, keptAnswers)}
        backLabel="Back to the assessment, with your valid answers kept"
        alternative={{ href: planHref, label: "Open the plan without them" }}
      />
    ) : (
      <InvalidParams errors={parsed.errors} backHref={planHref} backLabel="Back to the plan, with the valid settings kept" />
    );
  }

  const settings = parsed.value;
  const plan = buildPlan(role, settings);
  const query2 = planToQuery(settings);
  const answers = settings.answers ? [...onlyAnswers(role, query2)] : [];
  return (
    <article className="plan-page">
      <div className="no-print">
        <ToolTrail category={getCategory(role.category)!} role={role} current="12-week plan" href={withQuery(planPath, query2)} />
      </div>
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
            <a href={withQuery(`${planPath}/calendar.ics`, query2)} download>
              Add to your calendar (.ics)
            </a>
          </li>
          <li>
            <a href={withQuery(`${planPath}/plan.md`, query2)} download>
              Download as markdown
            </a>
          </li>
          <li className="text-slate-600 dark:text-slate-400">
            To print, use your browser&apos;s print command: the layout fits A4 and Letter.
          </li>
        </ul>
      </section>

      <div className="mt-8">
        <PlanView plan={plan} />
      </div>
      <p className="no-print mt-10 text-sm text-slate-600 dark:text-slate-400">
        {settings.answers ? "Your answers live only in this page's address: bookmark it to come back. " : ""}We do not store or log anything
        you enter.
      </p>
    </article>
  );
}
