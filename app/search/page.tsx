import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SearchBox } from "@/components/search/search-box";
import { SearchResults } from "@/components/search/search-results";
import { BadRequest } from "@/components/site/bad-request";
import { getAllRoles, getCategories } from "@/lib/content";
import { groupByCategory } from "@/lib/discovery/listing";
import { pageMetadata } from "@/lib/seo/metadata";
import { cache } from "react";
import { parseSearchQuery } from "@/lib/discovery/search-query";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { coveringProfiles, RANKED_DEPTH, search } from "@/lib/discovery/search";
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
  const roles = new Map(getAllRoles().map((r) => [r.slug, r]));
  const profileTitles = new Map(getAllRoles().map((r) => [r.slug, r.title]));

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

      {outcome && outcome.hits.length > 0 && (
        <section aria-labelledby="results-heading" className="mt-8">
          <p id="results-heading" role="status" className="mb-4 text-slate-700 dark:text-slate-300">
            {outcome.match === "some" ? (
              <>
                Nothing matches every word of “{query}”. {outcome.hits.length} result{outcome.hits.length === 1 ? " matches" : "s match"}{" "}
                some of them:
              </>
            ) : (
              <>
                {outcome.hits.length} result{outcome.hits.length === 1 ? "" : "s"} found, closest first.
              </>
            )}
          </p>
          <SearchResults hits={outcome.hits} roles={roles} profileTitles={profileTitles} covers={coveringProfiles(getAllRoles())} />
        </section>
      )}

      {outcome && outcome.hits.length === 0 && (
        <section aria-labelledby="none-heading" className="mt-8 max-w-3xl">
          <div role="status">
            <h2 id="none-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
              Nothing matches “{query}”
            </h2>
          </div>
          {outcome.suggestions.length > 0 && (
            <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">
              Did you mean{" "}
              {outcome.suggestions.map((s, i) => (
                <span key={`${s.kind}:${s.key}`}>
                  {i > 0 && (i === outcome.suggestions.length - 1 ? " or " : ", ")}
                  <Link href={s.href}>{s.title}</Link>
                </span>
              ))}
              ?
            </p>
          )}
          <ul className="mt-4 list-disc space-y-1 pl-6 text-slate-800 dark:text-slate-200">
            <li>Try the job title alone, or another name for it.</li>
            <li>
              <Link href="/roles">Browse every role</Link> or a category:{" "}
              {groupByCategory(getAllRoles(), getCategories()).map(({ category: c }, i) => (
                <span key={c.slug}>
                  {i > 0 && ", "}
                  <Link href={`/categories/${c.slug}`}>{c.title}</Link>
                </span>
              ))}
              .
            </li>
            <li>
              Not here? <Link href="/about#corrections">Ask us to add your role</Link>.
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
