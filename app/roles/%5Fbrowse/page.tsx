import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RolesBrowser, viewTitle } from "@/components/browse/roles-browser";
import { BadRequest } from "@/components/site/bad-request";
import { browseHref, parseBrowseQuery } from "@/lib/discovery/browse";
import { getAllRoles, getCategories } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { cache } from "react";

/** The query, parsed once per request for the metadata and the page (proxy.ts parses it once more, for the status). */
const parse = cache((query: string) => parseBrowseQuery(toQueryRecord(query), getCategories()));

/*
 * /roles?category=…&risk=…&sort=… — rendered per request. proxy.ts serves it under the /roles address
 * (a rewrite); its canonical URL is that /roles address, and it is noindex.
 */

export async function generateMetadata({ searchParams }: PageProps<"/roles/_browse">): Promise<Metadata> {
  const check = parse(toQueryString(await searchParams));
  if (!check.ok) return { title: "Roles: bad request", robots: { index: false, follow: true } };
  // Note: every combination of filters is its own URL. Crawlers should index /roles, the category pages
  // and the risk-band pages, not the combinations, so filtered views are noindex (links still followed).
  return pageMetadata({
    title: viewTitle(check.query, getCategories()),
    description: "Roles Role Compass rates for AI automation risk, filtered by category and risk band.",
    path: browseHref(check.query),
    noindex: true,
  });
}

export default async function FilteredRolesPage({ searchParams }: PageProps<"/roles/_browse">) {
  const check = parse(toQueryString(await searchParams));
  if (!check.ok) {
    return (
      <BadRequest title="We couldn't filter the list that way" problems={check.problems}>
        <p className="text-lg">
          <Link href="/roles">Show every role</Link>, then choose a category, risk band or sort order from the links at the top.
        </p>
      </BadRequest>
    );
  }
  return <RolesBrowser query={check.query} roles={getAllRoles()} categories={getCategories()} />;
}
