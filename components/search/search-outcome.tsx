import Link from "@/components/ui/link";
import { SearchResults } from "@/components/search/search-results";
import { getAllRoles, getCategories } from "@/lib/content";
import { groupByCategory } from "@/lib/discovery/listing";
import type { SearchOutcome } from "@/lib/discovery/search";
import { getCoveringProfiles } from "@/lib/discovery/search-index";

export type SearchOutcomeProps = { query: string; outcome: SearchOutcome };

/** The results of a search that found something: how many and how well they match, then the ranked list. */
export function SearchHitsSection({ query, outcome }: SearchOutcomeProps) {
  const roles = new Map(getAllRoles().map((r) => [r.slug, r]));
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <p id="results-heading" role="status" className="mb-4 text-slate-700 dark:text-slate-300">
        {outcome.match === "some" ? (
          <>
            Nothing matches every word of “{query}”. {outcome.hits.length} result{outcome.hits.length === 1 ? " matches" : "s match"}{" "}
            {"some of them:"}
          </>
        ) : (
          <>
            {outcome.hits.length} result{outcome.hits.length === 1 ? "" : "s"} found, closest first.
          </>
        )}
      </p>
      <SearchResults hits={outcome.hits} roles={roles} covers={getCoveringProfiles()} />
    </section>
  );
}

/** A search that found nothing: the closest titles and names ("did you mean"), then other ways in. */
export function NoResultsSection({ query, outcome }: SearchOutcomeProps) {
  return (
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
  );
}
