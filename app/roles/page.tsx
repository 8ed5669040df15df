import type { Metadata } from "next";
import { FamilyList } from "@/components/role/family-list";
import { getAllRoles, getCategories } from "@/lib/content";
import { groupByCategory } from "@/lib/listing";
import Link from "next/link";
import { pageMetadata } from "@/lib/metadata";
import { buildCollectionGraph } from "@/lib/structured-data";
import { JsonLd } from "@/components/seo/json-ld";

export const metadata: Metadata = pageMetadata({
  title: "All roles rated for AI automation risk",
  description: "Every role Role Compass rates for AI automation risk, grouped by category, with the tasks AI automates and the skills to learn.",
  path: "/roles",
});

export default function RolesPage() {
  const groups = groupByCategory(getAllRoles(), getCategories());
  return (
    <>
      <JsonLd
        data={buildCollectionGraph({
          name: "All roles rated for AI automation risk",
          description: "Every role Role Compass rates for AI automation risk.",
          path: "/roles",
          roles: getAllRoles(),
          crumbs: [{ name: "Home", path: "/" }, { name: "All roles", path: "/roles" }],
        })}
      />
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">All roles</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        {getAllRoles().length} roles, grouped by category. Specializations are listed with their parent role.
      </p>
      {groups.map(({ category, roles }) => (
        <section key={category.slug} aria-labelledby={`c-${category.slug}`} className="mt-10">
          <h2 id={`c-${category.slug}`} className="text-2xl font-bold">
            <Link href={`/categories/${category.slug}`} className="text-slate-900 no-underline hover:underline dark:text-white">{category.title}</Link>
          </h2>
          <div className="mt-4">
            <FamilyList roles={roles} />
          </div>
        </section>
      ))}
    </>
  );
}
