import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { OccupationFigures } from "@/components/evidence/occupation-evidence";
import { ResearchCredits } from "@/components/evidence/research-credits";
import { TaskEvidenceList } from "@/components/evidence/task-evidence";
import { CoveringProfile, DataProfileNotice, EditorialLinks, OccupationHeader } from "@/components/occupation/occupation-intro";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Section } from "@/components/ui/section";
import { getRolesForCode } from "@/lib/content/evidence";
import { getCoveringProfiles } from "@/lib/discovery/search-index";
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
  // The profile about this occupation as a whole, before the others that cite it.
  const leadSlug = getCoveringProfiles().get(code);
  const lead = roles.find((r) => r.slug === leadSlug);

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: "Occupations", href: "/occupations" },
          { name: occupation.title, href: `/occupations/${occupation.code}` },
        ]}
      />
      <CoveringProfile lead={lead} />
      <DataProfileNotice hasGuidance={Boolean(lead)} />
      <OccupationHeader occupation={occupation} group={group} />
      <EditorialLinks roles={roles} lead={lead} />

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
