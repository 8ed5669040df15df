import { getAllRoles } from "@/lib/content";
import { ATOM_HEADERS, buildAtomFeed, roleChangeEntries } from "@/lib/seo/feeds";
import { siteConfig } from "@/lib/seo/site";

export const dynamic = "force-static";

export function GET() {
  const xml = buildAtomFeed({
    title: `${siteConfig.name}: role updates`,
    subtitle: "Every change to a Role Compass role profile: new roles, rating changes and reviewed outlooks.",
    path: "/feed.xml",
    alternatePath: "/",
    entries: roleChangeEntries(getAllRoles()),
  });
  return new Response(xml, { headers: ATOM_HEADERS });
}
