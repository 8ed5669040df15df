import Link from "@/components/ui/link";
import { RiskBadge } from "@/components/role/risk-badge";
import type { Role } from "@/lib/content";
import { matchedAliases, type SearchHit } from "@/lib/discovery/search";

export type SearchResultsProps = {
  hits: SearchHit[];
  /** The published profiles by slug (for a profile's details, and to name an occupation's covering profile). */
  roles: ReadonlyMap<string, Role>;
  /** Which profile covers each occupation code. */
  covers: ReadonlyMap<string, string>;
};

/**
 * Search results, best first, profiles and occupation pages in one ranking: each with its title, what it is
 * (a profile's category and risk band; an occupation's code), why it matched (another name) and a summary.
 */
export function SearchResults({ hits, roles, covers }: SearchResultsProps) {
  return (
    <ol className="space-y-3" data-testid="search-results">
      {hits.map((hit) => {
        const role = hit.kind === "role" ? roles.get(hit.key) : undefined;
        const aliases = role && !hit.fields.includes("title") ? matchedAliases(hit, role.aliases) : [];
        const coverSlug = hit.kind === "occupation" ? covers.get(hit.key) : undefined;
        const cover = coverSlug === undefined ? undefined : roles.get(coverSlug);
        return (
          <li
            key={`${hit.kind}:${hit.key}`}
            data-kind={hit.kind}
            className="relative rounded-xl border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800 dark:hover:border-sky-400"
          >
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <h2 className="text-lg font-semibold">
                <Link href={hit.href} className="text-slate-900 no-underline after:absolute after:inset-0 hover:underline dark:text-white">
                  {hit.title}
                </Link>
              </h2>
              {hit.risk && <RiskBadge level={hit.risk} />}
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {role ? (
                <>
                  Profile · {hit.category}
                  {aliases.length > 0 && <> · Also called {aliases.map((a) => `“${a}”`).join(", ")}</>}
                </>
              ) : (
                <>Occupation data (O*NET {hit.code}): research figures, tasks and pay</>
              )}
            </p>
            {role && <p className="mt-2 text-slate-800 dark:text-slate-200">{role.description}</p>}
            {cover && <p className="mt-2 text-sm text-slate-800 dark:text-slate-200">Our guidance for this job: {cover.title}.</p>}
          </li>
        );
      })}
    </ol>
  );
}
