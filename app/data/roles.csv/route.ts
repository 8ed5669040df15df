import { getAllRoles } from "@/lib/content";
import { getResearch } from "@/lib/research";
import { buildRolesDataset, rolesDatasetToCsv } from "@/lib/seo/open-data";

// Written once at build time, like the pages.
export const dynamic = "force-static";

export function GET() {
  const body = rolesDatasetToCsv(buildRolesDataset(getAllRoles(), getResearch()));
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'inline; filename="role-compass-roles.csv"' },
  });
}
