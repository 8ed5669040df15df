import type { Metadata } from "next";
import { AssessmentFormula } from "@/components/methodology/assessment-formula";
import { RatingLimits, SourcingMethodology, TimelineMethodology } from "@/components/methodology/editorial-process";
import { ResearchDataMethodology } from "@/components/methodology/research-data";
import { RiskBandsMethodology } from "@/components/methodology/risk-bands";
import { getAllRoles } from "@/lib/content";
import { getResearchStats } from "@/lib/research";
import { RISK_LEVELS } from "@/lib/content/risk";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildWebPage } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";

const TITLE = "Methodology: how we rate AI automation risk";
const DESCRIPTION =
  "How Role Compass decides a role's AI automation risk band, what the timeline means, how profiles are sourced, reviewed and dated, and the limits of a rating.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/methodology" });

export default function MethodologyPage() {
  const roles = getAllRoles();
  const counts = Object.fromEntries(RISK_LEVELS.map((l) => [l, roles.filter((r) => r.risk.level === l).length]));
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={buildWebPage({ name: TITLE, description: DESCRIPTION, path: "/methodology" })} />
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">How we rate AI automation risk</h1>
      <p className="mt-4 text-lg leading-8 text-slate-700 dark:text-slate-300">
        Every role profile on Role Compass follows the same method, and the content check that runs on every change refuses a profile that
        breaks it. This page explains the method, where it is weak, and how to challenge a rating.
      </p>

      <RiskBandsMethodology counts={counts} />
      <TimelineMethodology />
      <SourcingMethodology />
      <ResearchDataMethodology stats={getResearchStats()} />
      <AssessmentFormula />
      <RatingLimits />
    </article>
  );
}
