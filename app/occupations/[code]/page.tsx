import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { OccupationFigures } from "@/components/evidence/occupation-evidence";
import { ResearchCredits } from "@/components/evidence/research-credits";
import { TaskEvidenceList } from "@/components/evidence/task-evidence";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Section } from "@/components/ui/section";
import { getRolesForCode } from "@/lib/content/evidence";
import { getOccupation, getOccupationEvidence, getResearch, listOccupationPages } from "@/lib/research";
import { pageMetadata } from "@/lib/seo/metadata";
import { NOT_A_FORECAST } from "@/lib/research/sources";

// Every occupation in the research data is prerendered; any other code is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return listOccupationPages().map((o) => ({ code: o.code }));
}

export async function generateMetadata({ params }: PageProps<"/occupations/[code]">): Promise<Metadata> {
  const { code } = await params;
  const occupation = getOccupation(code);
  if (!occupation) return {};
  return pageMetadata({
    title: `${occupation.title}: AI exposure, tasks and pay (data profile)`,
    description: `Research figures for ${occupation.title} (O*NET-SOC ${occupation.code}): GPT-4 and human-rated AI exposure, AI applicability, every O*NET task with its exposure label, and BLS pay.`,
    path: `/occupations/${occupation.code}`,
  });
}

export default async function OccupationPage({ params }: PageProps<"/occupations/[code]">) {
  const { code } = await params;
  const evidence = getOccupationEvidence(code);
  const occupation = getOccupation(code);
  if (!evidence || !occupation) notFound();
  const group = getResearch().majorGroups.get(occupation.majorGroup);
  const roles = getRolesForCode(code);
  // The profiles written about this occupation (first-listed code), before those that also touch it.
  const covering = roles.filter((r) => r.onet[0] === code);
  const lead = covering.find((r) => !r.parent || !covering.some((c) => c.slug === r.parent)) ?? covering[0];

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: "Occupations", href: "/occupations" },
          { name: occupation.title, href: `/occupations/${occupation.code}` },
        ]}
      />
      {lead && (
        <aside
          aria-labelledby="guidance-heading"
          data-testid="covering-profile"
          className="mt-4 max-w-3xl rounded-xl border-2 border-brand-600 bg-brand-50 p-4 dark:border-sky-400 dark:bg-slate-900"
        >
          <h2 id="guidance-heading" className="text-lg font-bold text-slate-900 dark:text-white">
            Our guidance for this job:{" "}
            <Link href={`/roles/${lead.slug}`} className="underline">
              {lead.title}
            </Link>
          </h2>
          <p className="mt-1 text-slate-800 dark:text-slate-200">
            The risk rating, the tasks AI is taking over and the ones that stay with people, what to learn and a 12-week plan. This page
            holds the research data behind it.
          </p>
        </aside>
      )}
      <p
        role="note"
        data-testid="data-profile-notice"
        className="mt-4 rounded-lg border-2 border-dashed border-slate-400 bg-slate-50 px-4 py-2 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
      >
        <strong>Data profile{lead ? "" : " — no editorial review yet"}.</strong> Everything on this page comes from the published datasets
        below
        {lead
          ? "; the editorial judgement is in the profile above."
          : "; no editor has checked it against the real work or rated its risk."}
      </p>
      <header className="mt-4 max-w-3xl">
        <h1 className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
          {occupation.title}: AI exposure, tasks and pay
        </h1>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400 [&_a]:underline">
          O*NET-SOC {occupation.code}
          {group ? (
            <>
              {" · "}
              <Link href={`/occupations#group-${occupation.majorGroup}`}>{group}</Link>
            </>
          ) : null}
        </p>
      </header>

      <div
        className="mt-6 max-w-3xl rounded-xl border border-slate-200 p-4 leading-7 dark:border-slate-800 [&_a]:underline"
        data-testid="editorial-links"
      >
        {roles.length > 0 ? (
          <>
            <p className="font-semibold text-slate-900 dark:text-white">
              Our editorial {roles.length === 1 ? "profile" : "profiles"} for this occupation:
            </p>
            <ul className="mt-1 list-disc pl-6">
              {roles.map((r) => (
                <li key={r.slug}>
                  <Link href={`/roles/${r.slug}`}>Will AI replace {r.title} jobs? — risk rating, tasks and skills</Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            No editor has written a profile for this occupation yet: the band, the tasks AI is taking over, the skills to learn and a plan.
            Know the work? <Link href="/about#corrections">Propose a profile with a pull request</Link>.
          </p>
        )}
      </div>

      <Section id="figures" title={`What research measured for ${occupation.title}`}>
        <p className="mb-4 max-w-3xl font-medium text-slate-900 dark:text-white" data-testid="not-a-forecast">
          {NOT_A_FORECAST}
        </p>
        <OccupationFigures evidence={evidence} />
      </Section>

      <Section id="tasks" title="Tasks and their exposure to AI">
        <TaskEvidenceList title={occupation.title} tasks={evidence.tasks} counts={evidence.taskCounts} onetUrl={evidence.onetUrl} />
      </Section>

      <Section id="sources" title="Sources">
        <ResearchCredits />
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300 [&_a]:underline">
          Spotted an error, or want this occupation reviewed? <Link href="/about#corrections">Propose a correction</Link>.
        </p>
      </Section>
    </article>
  );
}
