import type { Metadata } from "next";
import { RolesBrowser } from "@/components/browse/roles-browser";
import { JsonLd } from "@/components/seo/json-ld";
import { getAllRoles, getCategories } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildCollectionGraph } from "@/lib/seo/structured-data";

export const metadata: Metadata = pageMetadata({
  title: "All roles rated for AI automation risk",
  description:
    "Every role Role Compass rates for AI automation risk, by category and risk band, with the tasks AI automates and the skills to learn.",
  path: "/roles",
});

// Note: this unfiltered list is prerendered. Any ?category, ?risk or ?sort is served under the same
// address by app/roles/%5Fbrowse (see proxy.ts and lib/proxy/request-guard.ts).
export default function RolesPage() {
  const roles = getAllRoles();
  return (
    <>
      <JsonLd
        data={buildCollectionGraph({
          name: "All roles rated for AI automation risk",
          description: "Every role Role Compass rates for AI automation risk.",
          path: "/roles",
          roles,
          crumbs: [
            { name: "Home", path: "/" },
            { name: "All roles", path: "/roles" },
          ],
        })}
      />
      <RolesBrowser query={{ sort: "name" }} roles={roles} categories={getCategories()} />
    </>
  );
}
