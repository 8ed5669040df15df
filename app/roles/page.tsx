import type { Metadata } from "next";
import Link from "next/link";
import { DatedRoleList } from "@/components/browse/dated-role-list";
import { FilterBar } from "@/components/browse/filter-bar";
import { FamilyList } from "@/components/role/family-list";
import { BadRequest } from "@/components/site/bad-request";
import { browseHref, browseRoles, describeView, groupByBand, isFiltered, parseBrowseQuery, type BrowseQuery } from "@/lib/browse";
import { getAllRoles, getCategories } from "@/lib/content";
import { groupByCategory } from "@/lib/listing";
import { RISK_BANDS } from "@/lib/risk";

const DESCRIPTION = "Every role Role Compass rates for AI automation risk, by category and risk band, with the tasks AI automates and the skills to learn.";

export async function generateMetadata({ searchParams }: PageProps<"/roles">): Promise<Metadata> {
  const check = parseBrowseQuery(await searchParams, getCategories());
  if (!check.ok) return { title: "Roles: bad request", robots: { index: false, follow: true } };
  if (!isFiltered(check.query)) return { title: "All roles rated for AI automation risk", description: DESCRIPTION, alternates: { canonical: "/roles" } };
  // Note: every combination of filters is its own URL. Crawlers should index /roles, the category pages
  // and the risk-band pages, not the combinations, so filtered views are noindex (links still followed).
  return { title: viewTitle(check.query), description: DESCRIPTION, robots: { index: false, follow: true } };
}

function viewTitle(query: BrowseQuery): string {
  const category = getCategories().find((c) => c.slug === query.category);
  const parts = ["Roles"];
  if (category) parts.push(`in ${category.title}`);
  if (query.risk) parts.push(`with ${RISK_BANDS[query.risk].label.toLowerCase()} AI risk`);
  return parts.length === 1 ? "All roles" : parts.join(" ");
}

export default async function RolesPage({ searchParams }: PageProps<"/roles">) {
  const check = parseBrowseQuery(await searchParams, getCategories());
  if (!check.ok) {
    return (
      <BadRequest title="We couldn't filter the list that way" problems={check.problems}>
        <p className="text-lg">
          <Link href="/roles">Show every role</Link>, then choose a category, risk band or sort order from the links at the top.
        </p>
      </BadRequest>
    );
  }
  const { query } = check;
  const all = getAllRoles();
  const roles = browseRoles(all, query);
  const groups = groupByCategory(all, getCategories());
  const category = groups.find((g) => g.category.slug === query.category)?.category;

  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{viewTitle(query)}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        {all.length} roles rated for AI automation risk. Specializations are listed with their parent role.
      </p>
      <div className="mt-6">
        <FilterBar query={query} categories={groups.map((g) => g.category)} />
      </div>
      <p role="status" className="mt-6 font-medium text-slate-800 dark:text-slate-200">
        {describeView(roles.length, query, category?.title)}.
        {isFiltered(query) && (
          <>
            {" "}
            <Link href="/roles">Clear all</Link>
          </>
        )}
      </p>

      {roles.length === 0 && (
        <p className="mt-4 text-lg">
          No role matches both filters.{" "}
          {query.risk && <Link href={browseHref(query, { risk: undefined })}>Show every band{category ? ` in ${category.title}` : ""}</Link>}
        </p>
      )}

      {query.sort === "name" &&
        groupByCategory(roles, getCategories()).map(({ category: c, roles: inCategory }) => (
          <section key={c.slug} aria-labelledby={`c-${c.slug}`} className="mt-10">
            <h2 id={`c-${c.slug}`} className="text-2xl font-bold">
              <Link href={`/categories/${c.slug}`} className="text-slate-900 dark:text-white">{c.title}</Link>
            </h2>
            <div className="mt-4">
              <FamilyList roles={inCategory} />
            </div>
          </section>
        ))}

      {query.sort === "risk" &&
        groupByBand(roles).map((band) => (
          <section key={band.level} aria-labelledby={`b-${band.level}`} className="mt-10">
            <h2 id={`b-${band.level}`} className="text-2xl font-bold">
              <Link href={`/risk/${band.level}`} className="text-slate-900 dark:text-white">{band.label} risk</Link>
            </h2>
            <div className="mt-4">
              <FamilyList roles={band.roles} />
            </div>
          </section>
        ))}

      {query.sort === "updated" && roles.length > 0 && (
        <section aria-labelledby="updated-heading" className="mt-8">
          <h2 id="updated-heading" className="sr-only">Roles, most recently updated first</h2>
          <DatedRoleList roles={roles} parents={new Map(all.map((r) => [r.slug, r.title]))} />
        </section>
      )}
    </>
  );
}
