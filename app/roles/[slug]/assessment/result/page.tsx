import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentResult } from "@/components/assessment/assessment-result";
import { InvalidParams } from "@/components/assessment/invalid-params";
import { ToolTrail } from "@/components/assessment/tool-trail";
import { scoreAssessment } from "@/lib/assessment/scoring";
import { answersToQuery, parseResultQuery, withQuery } from "@/lib/assessment/params";
import { getCategory, getRole } from "@/lib/content";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { cache } from "react";

/**
 * The role and its parsed query, once per request for the metadata and the page. A bad query answers 400:
 * proxy.ts runs the same parser (lib/proxy/request-guard.ts) and sets the status.
 */
const load = cache((slug: string, query: string) => {
  const role = getRole(slug);
  return role && { role, parsed: parseResultQuery(role, toQueryRecord(query)) };
});

export async function generateMetadata({ params, searchParams }: PageProps<"/roles/[slug]/assessment/result">): Promise<Metadata> {
  const loaded = load((await params).slug, toQueryString(await searchParams));
  if (!loaded) return {};
  const { role } = loaded;
  const ok = loaded.parsed.ok;
  return {
    title: `${ok ? "Your AI exposure" : "Check the answers: AI exposure"} as a ${role.title}`,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function AssessmentResultPage({ params, searchParams }: PageProps<"/roles/[slug]/assessment/result">) {
  const loaded = load((await params).slug, toQueryString(await searchParams));
  if (!loaded) notFound();
  const { role, parsed } = loaded;
  const formPath = `/roles/${role.slug}/assessment`;
  if (!parsed.ok) {
    return (
      <InvalidParams
        errors={parsed.errors}
        backHref={withQuery(formPath, parsed.kept)}
        backLabel="Back to the form, with your valid answers kept"
      />
    );
  }
  const answers = answersToQuery(parsed.value);
  return (
    <article>
      <ToolTrail category={getCategory(role.category)!} role={role} current="Your result" href={withQuery(`${formPath}/result`, answers)} />
      <h1 className="mt-4 mb-6 text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
        Your AI exposure as a {role.title}
      </h1>
      <AssessmentResult
        roleTitle={role.title}
        result={scoreAssessment(role, parsed.value)}
        formHref={withQuery(formPath, answers)}
        planAction={`/roles/${role.slug}/plan`}
        answers={[...answers]}
      />
      <p className="mt-10 text-sm text-slate-600 dark:text-slate-400">
        Your answers live only in this page&apos;s address: bookmark it to come back. We do not store or log them.
      </p>
    </article>
  );
}
