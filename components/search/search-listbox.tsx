import { RiskBadge } from "@/components/role/risk-badge";
import type { SearchHit } from "@/lib/discovery/search";

export type SearchListboxProps = {
  id: string;
  /** The id of option `i`, which the field names as its active descendant. */
  optionId: (i: number) => string;
  hits: SearchHit[];
  /** The trimmed query, quoted in the last option. */
  query: string;
  shown: boolean;
  /** The active option's index, -1 for none; the index after the last hit is the full search option. */
  active: number;
  onSelect: (i: number) => void;
  onActivate: (i: number) => void;
};

/** The search box's suggestions: one option per hit, then one that runs the full search page. */
export function SearchListbox({ id, optionId, hits, query, shown, active, onSelect, onActivate }: SearchListboxProps) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Matching jobs"
      hidden={!shown}
      // Keeps focus in the field while a result is clicked, so blur does not close the list first.
      onMouseDown={(event) => event.preventDefault()}
      className="absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-auto rounded-xl border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      {shown && (
        <>
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.key}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => onSelect(i)}
              onMouseEnter={() => onActivate(i)}
              className={`flex cursor-pointer flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg px-3 py-2 text-sm ${
                i === active ? "bg-brand-50 dark:bg-slate-800" : ""
              }`}
            >
              <span>
                <span className="font-medium text-slate-900 dark:text-white">{hit.title}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {hit.kind === "role" ? hit.category : `Occupation data · ${hit.code}`}
                </span>
              </span>
              {hit.risk && <RiskBadge level={hit.risk} />}
            </li>
          ))}
          {hits.length === 0 && (
            <li role="presentation" className="px-3 py-2 text-sm text-slate-700 dark:text-slate-300">
              Nothing matches “{query}”.
            </li>
          )}
          <li
            id={optionId(hits.length)}
            role="option"
            aria-selected={active === hits.length}
            onClick={() => onSelect(hits.length)}
            onMouseEnter={() => onActivate(hits.length)}
            className={`cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-brand-700 dark:text-sky-300 ${
              active === hits.length ? "bg-brand-50 dark:bg-slate-800" : ""
            }`}
          >
            {hits.length === 0 ? "Search for close matches" : `See all results for “${query}”`}
          </li>
        </>
      )}
    </ul>
  );
}
