import Link from "@/components/ui/link";
import { DatedRoleList } from "@/components/browse/dated-role-list";
import { FilterBar } from "@/components/browse/filter-bar";
import { FamilyList } from "@/components/role/family-list";
import { browseHref, browseRoles, describeView, groupByBand, isFiltered, type BrowseQuery } from "@/lib/discovery/browse";
import type { Category, Role } from "@/lib/content";
import { groupByCategory } from "@/lib/discovery/listing";
import { RISK_BANDS } from "@/lib/content/risk";

export type RolesBrowserProps = { query: BrowseQuery; roles: Role[]; categories: Category[] };

/** "Roles in Accounting & Finance with high AI risk", or "All roles". */
export function viewTitle(query: BrowseQuery, categories: readonly Pick<Category, "slug" | "title">[]): string {
  const category = categories.find((c) => c.slug === query.category);
  const parts = ["Roles"];
  if (category) parts.push(`in ${category.title}`);
  if (query.risk) parts.push(`with ${RISK_BANDS[query.risk].label.toLowerCase()} AI risk`);
  return parts.length === 1 ? "All roles" : parts.join(" ");
}

/**
 * The list of roles for one filter and sort: filter links, a sentence saying what is shown, then the
 * roles by category (name order), by band (risk order) or newest first (update order).
 */
export function RolesBrowser({ query, roles: all, categories }: RolesBrowserProps) {
  const roles = browseRoles(all, query);
  const groups = groupByCategory(all, categories);
  const category = groups.find((g) => g.category.slug === query.category)?.category;
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{viewTitle(query, categories)}</h1>
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
          {query.risk && <a href={browseHref(query, { risk: undefined })}>Show every band{category ? ` in ${category.title}` : ""}</a>}
        </p>
      )}

      {query.sort === "name" &&
        groupByCategory(roles, categories).map(({ category: c, roles: inCategory }) => (
          <section key={c.slug} aria-labelledby={`c-${c.slug}`} className="mt-10">
            <h2 id={`c-${c.slug}`} className="text-2xl font-bold">
              <Link href={`/categories/${c.slug}`} className="text-slate-900 no-underline hover:underline dark:text-white">
                {c.title}
              </Link>
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
              <Link href={`/risk/${band.level}`} className="text-slate-900 no-underline hover:underline dark:text-white">
                {band.label} risk
              </Link>
            </h2>
            <div className="mt-4">
              <FamilyList roles={band.roles} />
            </div>
          </section>
        ))}

      {query.sort === "updated" && roles.length > 0 && (
        <section aria-labelledby="updated-heading" className="mt-8">
          <h2 id="updated-heading" className="sr-only">
            Roles, most recently updated first
          </h2>
          <DatedRoleList roles={roles} parents={new Map(all.map((r) => [r.slug, r.title]))} />
        </section>
      )}
    </>
  );
}
