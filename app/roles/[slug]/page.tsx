import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { ActionCta } from "@/components/role/action-cta";
import { CompareLinks } from "@/components/role/compare-links";
import { Faq } from "@/components/role/faq";
import { RiskRating } from "@/components/role/risk-rating";
import { RoleLinks } from "@/components/role/role-links";
import { SkillsList } from "@/components/role/skills-list";
import { TaskList } from "@/components/role/task-lists";
import { PageDates } from "@/components/content/page-dates";
import { SourceList } from "@/components/content/source-list";
import { Timeline } from "@/components/role/timeline";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Section } from "@/components/ui/section";
import { getAllRoles, getArticle, getCategory, getFamily, getRole } from "@/lib/content";
import { buildFaq } from "@/lib/seo/faq";
import { formatDate } from "@/lib/content/format";
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
  const band = RISK_BANDS[role.risk.level];

  return (
    <article>
      <JsonLd data={buildRolePageGraph(role, category, parent, faq)} />
      {role.draft && (
        <p
          role="status"
          className="mb-4 rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-2 font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          Draft — this profile is not published. It is visible only in preview.
        </p>
      )}
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: category.title, href: `/categories/${category.slug}` },
          ...(parent ? [{ name: parent.title, href: `/roles/${parent.slug}` }] : []),
          { name: role.title, href: `/roles/${role.slug}` },
        ]}
      />

      <header className="mt-4 grid gap-6 lg:grid-cols-[1fr_24rem] lg:items-start">
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
            Will AI replace your {role.title} job?
          </h1>
          <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{role.description}</p>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            AI automation risk: <strong>{band.label}</strong> · Category:{" "}
            <Link href={`/categories/${category.slug}`}>{category.title}</Link>
            {role.updated && (
              <>
                {" "}
                · Updated <time dateTime={role.updated}>{formatDate(role.updated)}</time>
              </>
            )}
          </p>
        </div>
        <RiskRating risk={role.risk} title={role.title} />
      </header>

      <Section id="impact" title={`How is AI affecting the ${role.title} role?`}>
        <div className="prose-body max-w-3xl" dangerouslySetInnerHTML={{ __html: role.html }} />
      </Section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section id="automating" title={`Tasks AI is automating for ${role.title}`}>
          <TaskList kind="automating" tasks={role.automating} note={role.automatingNote} />
        </Section>
        <Section id="augmenting" title="Tasks AI is augmenting (you stay in the loop)">
          <TaskList kind="augmenting" tasks={role.augmenting} />
        </Section>
      </div>

      <EvidenceSection evidence={getRoleEvidence(role)} researchNote={role.researchNote} />

      <Section id="outlook" title="What the next years look like">
        <Timeline near={role.outlook.near} far={role.outlook.far} />
      </Section>

      <Section id="skills" title={`Skills ${role.title} professionals should learn`}>
        <SkillsList
          aiTools={role.skills.aiTools}
          aiToolsNote={role.skills.aiToolsNote}
          technical={role.skills.technical}
          human={role.skills.human}
        />
      </Section>

      <Section id="positioning" title="How to position yourself">
        <p className="max-w-3xl text-lg leading-8 text-slate-800 dark:text-slate-200">{role.positioning}</p>
      </Section>

      <ActionCta slug={role.slug} title={role.title} />

      <Section id="faq" title={`${role.title} and AI: frequently asked questions`}>
        <Faq items={faq} />
      </Section>

      <Section id="explore" title="Keep exploring">
        <RoleLinks role={role} parent={parent} siblings={siblings} specialisations={children} related={related} reading={reading} />
        <div className="mt-6">
          <CompareLinks role={role} candidates={[...(parent ? [parent] : []), ...siblings, ...children, ...related]} />
        </div>
      </Section>

      <Section id="sources" title="Sources">
        <SourceList sources={role.sources} />
        <p className="mt-3 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          The research figures in the Evidence section are credited there, with links to the datasets.
        </p>
      </Section>

      <Section id="changes" title="What changed on this page">
        {role.changelog.length > 0 && (
          <ul className="mb-3 space-y-2 text-sm">
            {role.changelog.map((c) => (
              <li key={`${c.date}-${c.summary}`}>
                <time dateTime={c.date} className="font-medium text-slate-900 dark:text-white">
                  {formatDate(c.date)}
                </time>
                <span className="text-slate-700 dark:text-slate-300"> — {c.summary}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <PageDates published={role.published} updated={role.updated} />
          {role.published ? ". " : ""}Spotted something wrong? <Link href="/about#corrections">Propose a correction</Link>.
        </p>
      </Section>
    </article>
  );
}
