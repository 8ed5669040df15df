import { getAllRoles } from "@/lib/content";
import { getResearch } from "@/lib/research";
import { buildRolesDataset } from "@/lib/seo/open-data";

// Written once at build time, like the pages.
export const dynamic = "force-static";

export function GET() {
  const body = JSON.stringify(buildRolesDataset(getAllRoles(), getResearch()), null, 2);
  return new Response(body, { headers: { "content-type": "application/json; charset=utf-8" } });
}
