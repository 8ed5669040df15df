import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SearchBox } from "@/components/search/search-box";
import { NoResultsSection, SearchHitsSection } from "@/components/search/search-outcome";
import { BadRequest } from "@/components/site/bad-request";
import { pageMetadata } from "@/lib/seo/metadata";
import { cache } from "react";
import { parseSearchQuery } from "@/lib/discovery/search-query";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { RANKED_DEPTH, search } from "@/lib/discovery/search";
import { getSearchIndex } from "@/lib/discovery/search-index";

/** The query, parsed once per request for the metadata and the page (proxy.ts parses it once more, for the status). */
const parse = cache((query: string) => parseSearchQuery(toQueryRecord(query).q));

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const check = parse(toQueryString(await searchParams));
  // Result pages are for readers, not crawlers: the role pages themselves are what should rank.
  if (!check.ok) return { title: "Search: bad request", robots: { index: false, follow: true } };
  return pageMetadata({
    title: check.query ? `Search results for “${check.query}”` : "Search jobs",
    description: "Find a role by its title, another name for it, or a task or skill.",
    path: "/search",
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const check = parse(toQueryString(await searchParams));
  if (!check.ok) {
    return (
      <BadRequest title="We couldn't run that search" problems={check.problems}>
        <SearchBox label="Search again: type a job title or what people call it" variant="hero" />
      </BadRequest>
    );
  }
  const { query } = check;
  const outcome = query === "" ? undefined : search(getSearchIndex(), query, RANKED_DEPTH);

  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        {query === "" ? "Search jobs" : <>Results for “{query}”</>}
      </h1>
      <div className="mt-6">
        <SearchBox label="Type a job title, or what people call it (e.g. “SWE”, “bookkeeper”)" variant="hero" defaultValue={query} />
      </div>

      {outcome === undefined && (
        <p className="mt-6 max-w-2xl text-slate-700 dark:text-slate-300">
          Search by what your job is called — its title, another name for it, an abbreviation — or by a task or skill. Spelling slips are
          fine. Results include our profiles and the data pages of every official occupation. You can also{" "}
          <Link href="/roles">browse every profile</Link> by category and risk.
        </p>
      )}

      {outcome && outcome.hits.length > 0 && <SearchHitsSection query={query} outcome={outcome} />}

      {outcome && outcome.hits.length === 0 && <NoResultsSection query={query} outcome={outcome} />}
    </>
  );
}
