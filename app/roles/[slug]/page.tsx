import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { ActionCta } from "@/components/role/action-cta";
import { Faq } from "@/components/role/faq";
import { RoleHeader } from "@/components/role/role-header";
import { RoleExplore, RoleGuidance, RoleImpact, RoleSourcesAndChanges } from "@/components/role/role-sections";
import { Section } from "@/components/ui/section";
import { getAllRoles, getArticle, getCategory, getFamily, getRole } from "@/lib/content";
import { buildFaq } from "@/lib/seo/faq";
import { pageMetadata } from "@/lib/seo/metadata";
import { getRoleEvidence } from "@/lib/content/evidence";
import { RISK_BANDS } from "@/lib/content/risk";
import { buildRolePageGraph } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";
import { siteConfig } from "@/lib/seo/site";

// Every published role is prerendered; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllRoles().map((role) => ({ slug: role.slug }));
}

export async function generateMetadata({ params }: PageProps<"/roles/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const role = getRole(slug);
  if (!role) return {};
  return pageMetadata({
    title: `Will AI replace ${role.title} jobs? ${RISK_BANDS[role.risk.level].label} risk`,
    description: role.description,
    path: `/roles/${role.slug}`,
    type: "article",
    publishedTime: role.published,
    modifiedTime: role.updated,
    feeds: [
      { title: `${role.title}: AI impact updates`, path: `/roles/${role.slug}/feed.xml` },
      { title: `${siteConfig.name}: all role updates`, path: "/feed.xml" },
    ],
    // Note: drafts are only ever rendered in preview; keep them out of any index.
    noindex: role.draft,
  });
}

export default async function RolePage({ params }: PageProps<"/roles/[slug]">) {
  const { slug } = await params;
  const role = getRole(slug);
  if (!role) notFound();

  const category = getCategory(role.category)!;
  const { parent, siblings, children } = getFamily(role);
  const related = role.related.map(getRole).filter((r) => r !== undefined);
  const reading = role.reading.map(getArticle).filter((a) => a !== undefined);
  const faq = buildFaq(role);

  return (
    <article>
      <JsonLd data={buildRolePageGraph(role, category, parent, faq)} />
      <RoleHeader role={role} category={category} parent={parent} />
      <RoleImpact role={role} />
      <EvidenceSection evidence={getRoleEvidence(role)} researchNote={role.researchNote} />
      <RoleGuidance role={role} />
      <ActionCta slug={role.slug} title={role.title} />
      <Section id="faq" title={`${role.title} and AI: frequently asked questions`}>
        <Faq items={faq} />
      </Section>
      <RoleExplore role={role} parent={parent} siblings={siblings} specialisations={children} related={related} reading={reading} />
      <RoleSourcesAndChanges role={role} />
    </article>
  );
}
