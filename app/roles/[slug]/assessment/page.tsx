import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/assessment/assessment-form";
import { InvalidParams } from "@/components/assessment/invalid-params";
import { ToolTrail } from "@/components/assessment/tool-trail";
import { parseFormQuery, withQuery } from "@/lib/assessment/params";
import { getCategory, getRole } from "@/lib/content";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { cache } from "react";

/**
 * The role and its parsed query, once per request for the metadata and the page. A bad query answers 400:
 * proxy.ts runs the same parser (lib/proxy/request-guard.ts) and sets the status.
 */
const load = cache((slug: string, query: string) => {
  const role = getRole(slug);
  return role && { role, parsed: parseFormQuery(role, toQueryRecord(query)) };
});

export async function generateMetadata({ params, searchParams }: PageProps<"/roles/[slug]/assessment">): Promise<Metadata> {
  const loaded = load((await params).slug, toQueryString(await searchParams));
  if (!loaded) return {};
  const { role } = loaded;
  const ok = loaded.parsed.ok;
  return {
    title: `${ok ? "" : "Check the answers: "}AI exposure assessment for ${role.title}`,
    description: `Score your own exposure to AI as a ${role.title}, task by task, in about a minute.`,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function AssessmentFormPage({ params, searchParams }: PageProps<"/roles/[slug]/assessment">) {
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
  return (
    <article className="mx-auto max-w-4xl">
      <ToolTrail category={getCategory(role.category)!} role={role} current="Assessment" href={formPath} />
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
        How exposed is your {role.title} job to AI?
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Tell us how your own week is spent and we will score your personal exposure on the same scale we use for roles, show which of your
        tasks are most exposed and which three skills to work on first. About a minute, no account.
      </p>
      <div className="mt-8">
        <AssessmentForm
          action={`${formPath}/result`}
          automating={role.automating}
          augmenting={role.augmenting}
          aiTools={role.skills.aiTools}
          prefill={parsed.value}
        />
      </div>
    </article>
  );
}
