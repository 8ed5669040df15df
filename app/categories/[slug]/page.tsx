import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FamilyList } from "@/components/role/family-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { browseHref } from "@/lib/discovery/browse";
import { getAllRoles, getCategories, getCategory } from "@/lib/content";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildCollectionGraph } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";

export const dynamicParams = false;

export function generateStaticParams() {
  const used = new Set(getAllRoles().map((r) => r.category));
  return getCategories()
    .filter((c) => used.has(c.slug))
    .map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: PageProps<"/categories/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const category = getCategory(slug);
  if (!category) return {};
  return pageMetadata({
    title: `${category.title} jobs and AI: risk ratings by role`,
    description: category.description,
    path: `/categories/${category.slug}`,
  });
}

export default async function CategoryPage({ params }: PageProps<"/categories/[slug]">) {
  const { slug } = await params;
  const category = getCategory(slug);
  const roles = getAllRoles().filter((r) => r.category === slug);
  if (!category || roles.length === 0) notFound();
  return (
    <>
      <JsonLd
        data={buildCollectionGraph({
          name: `${category.title} jobs and AI`,
          description: category.description,
          path: `/categories/${category.slug}`,
          roles,
          crumbs: [
            { name: "Home", path: "/" },
            { name: category.title, path: `/categories/${category.slug}` },
          ],
        })}
      />
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: category.title, href: `/categories/${category.slug}` },
        ]}
      />
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        {category.title}: will AI replace these jobs?
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{category.description}</p>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        By risk band:{" "}
        {RISK_LEVELS.map((level) => ({ level, count: roles.filter((r) => r.risk.level === level).length }))
          .filter(({ count }) => count > 0)
          .map(({ level, count }, i) => (
            <span key={level}>
              {i > 0 && " · "}
              <a href={browseHref({ category: category.slug, risk: level, sort: "name" })}>
                {count} {RISK_BANDS[level].label.toLowerCase()}
              </a>
            </span>
          ))}{" "}
        · <a href={browseHref({ category: category.slug, sort: "risk" })}>all, highest risk first</a>
      </p>
      <section aria-labelledby="roles-heading" className="mt-8">
        <h2 id="roles-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
          {roles.length} role{roles.length === 1 ? "" : "s"} in {category.title}
        </h2>
        <div className="mt-4">
          <FamilyList roles={roles} />
        </div>
      </section>
    </>
  );
}
