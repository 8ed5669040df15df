import { getAllRoles, getRole } from "@/lib/content";
import { ATOM_HEADERS, buildAtomFeed, roleChangeEntries } from "@/lib/seo/feeds";
import { siteConfig } from "@/lib/seo/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllRoles().map((role) => ({ slug: role.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<"/roles/[slug]/feed.xml">) {
  const role = getRole((await params).slug);
  if (!role) return new Response("Not found", { status: 404 });
  const xml = buildAtomFeed({
    title: `${role.title}: AI impact updates — ${siteConfig.name}`,
    subtitle: `What changed in the ${role.title} profile: ratings, tasks, outlook and skills.`,
    path: `/roles/${role.slug}/feed.xml`,
    alternatePath: `/roles/${role.slug}`,
    entries: roleChangeEntries([role]),
  });
  return new Response(xml, { headers: ATOM_HEADERS });
}
