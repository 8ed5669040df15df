import Link from "@/components/ui/link";
import { RiskBadge } from "@/components/role/risk-badge";
import type { Role } from "@/lib/content";
import { matchedAliases, type SearchHit } from "@/lib/discovery/search";

export type SearchResultsProps = { hits: SearchHit[]; roles: ReadonlyMap<string, Role> };

/** Search results, best first: title, risk band, category, why it matched (an alias) and the summary. */
export function SearchResults({ hits, roles }: SearchResultsProps) {
  return (
    <ol className="space-y-3" data-testid="search-results">
      {hits.map((hit) => {
        const role = roles.get(hit.slug);
        if (!role) return null;
        const aliases = hit.fields.includes("title") ? [] : matchedAliases(hit, role.aliases);
        return (
          <li
            key={hit.slug}
            className="relative rounded-xl border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800 dark:hover:border-sky-400"
          >
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <h2 className="text-lg font-semibold">
                <Link
                  href={`/roles/${role.slug}`}
                  className="text-slate-900 no-underline after:absolute after:inset-0 hover:underline dark:text-white"
                >
                  {role.title}
                </Link>
              </h2>
              <RiskBadge level={role.risk.level} />
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {hit.category}
              {aliases.length > 0 && <> · Also called {aliases.map((a) => `“${a}”`).join(", ")}</>}
            </p>
            <p className="mt-2 text-slate-800 dark:text-slate-200">{role.description}</p>
          </li>
        );
      })}
    </ol>
  );
}
