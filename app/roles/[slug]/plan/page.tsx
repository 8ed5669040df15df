import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvalidParams } from "@/components/assessment/invalid-params";
import { ToolTrail } from "@/components/assessment/tool-trail";
import { PlanIntro, PlanSettingsSection } from "@/components/plan/plan-sections";
import { PlanView } from "@/components/plan/plan-view";
import {
  answerFields,
  onlyAnswers,
  parsePlanQuery,
  parseResultQuery,
  planToQuery,
  todayUtc,
  withQuery,
  type ParamError,
} from "@/lib/assessment/params";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { cache } from "react";
import { getCategory, getRole, type Role } from "@/lib/content";
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

/** Bad plan parameters: back to the assessment if an answer is wrong, else back to the plan, the valid ones kept. */
function InvalidPlanQuery({ role, errors, kept }: { role: Role; errors: ParamError[]; kept: URLSearchParams }) {
  const planPath = `/roles/${role.slug}/plan`;
  const formPath = `/roles/${role.slug}/assessment`;
  const answerNames = new Set(answerFields(role).map((f) => f.name));
  const keptAnswers = onlyAnswers(role, kept);
  const keptSettings = new URLSearchParams([...kept].filter(([key]) => !answerNames.has(key)));
  const answersComplete = parseResultQuery(role, toQueryRecord(keptAnswers)).ok;
  const planHref = withQuery(planPath, answersComplete ? kept : keptSettings);
  const answersWrong = errors.some((e) => answerNames.has(e.field));
  return answersWrong ? (
    <InvalidParams
      errors={errors}
      backHref={withQuery(formPath, keptAnswers)}
      backLabel="Back to the assessment, with your valid answers kept"
      alternative={{ href: planHref, label: "Open the plan without them" }}
    />
  ) : (
    <InvalidParams errors={errors} backHref={planHref} backLabel="Back to the plan, with the valid settings kept" />
  );
}

export default async function PlanPage({ params, searchParams }: PageProps<"/roles/[slug]/plan">) {
  const loaded = load((await params).slug, toQueryString(await searchParams));
  if (!loaded) notFound();
  const { role, parsed } = loaded;
  const planPath = `/roles/${role.slug}/plan`;
  const formPath = `/roles/${role.slug}/assessment`;

  if (!parsed.ok) return <InvalidPlanQuery role={role} errors={parsed.errors} kept={parsed.kept} />;

  const settings = parsed.value;
  const plan = buildPlan(role, settings);
  const query2 = planToQuery(settings);
  const answers = settings.answers ? [...onlyAnswers(role, query2)] : [];
  return (
    <article className="plan-page">
      <div className="no-print">
        <ToolTrail category={getCategory(role.category)!} role={role} current="12-week plan" href={withQuery(planPath, query2)} />
      </div>
      <PlanIntro role={role} plan={plan} formPath={formPath} />
      <PlanSettingsSection planPath={planPath} settings={settings} answers={answers} query={query2} />

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
