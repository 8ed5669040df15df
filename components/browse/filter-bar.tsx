import type { Category } from "@/lib/content";
import { browseHref, SORT_LABELS, SORTS, type BrowseQuery } from "@/lib/discovery/browse";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";

export type FilterBarProps = { query: BrowseQuery; categories: Pick<Category, "slug" | "title">[] };

type Choice = { label: string; href: string; current: boolean };

function ChoiceGroup({ title, choices }: { title: string; choices: Choice[] }) {
  return (
    <div className="sm:flex sm:items-baseline sm:gap-3">
      <h2 className="w-28 shrink-0 text-sm font-semibold text-slate-900 dark:text-white">{title}</h2>
      <ul aria-label={title} className="mt-1 flex flex-wrap gap-2 sm:mt-0">
        {choices.map((c) => (
          <li key={c.href}>
            {/* Note: a plain <a>, not next/link: /roles is prerendered and its filtered views are rewritten
                by the proxy, and the client router would reuse the unfiltered page's cached payload. */}
            <a
              href={c.href}
              aria-current={c.current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm no-underline ${
                c.current
                  ? "border-brand-700 bg-brand-700 font-semibold text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950"
                  : "border-slate-300 text-slate-900 hover:border-brand-600 dark:border-slate-700 dark:text-slate-100"
              }`}
            >
              {c.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Category, risk band and sort order as plain links: each is a shareable address and needs no JavaScript. */
export function FilterBar({ query, categories }: FilterBarProps) {
  return (
    <nav aria-label="Filter and sort roles" className="space-y-3 rounded-2xl border border-slate-200 p-4 dark:border-slate-800">
      <ChoiceGroup
        title="Category"
        choices={[
          { label: "All", href: browseHref(query, { category: undefined }), current: !query.category },
          ...categories.map((c) => ({ label: c.title, href: browseHref(query, { category: c.slug }), current: query.category === c.slug })),
        ]}
      />
      <ChoiceGroup
        title="Risk band"
        choices={[
          { label: "All", href: browseHref(query, { risk: undefined }), current: !query.risk },
          ...RISK_LEVELS.map((level) => ({
            label: RISK_BANDS[level].label,
            href: browseHref(query, { risk: level }),
            current: query.risk === level,
          })),
        ]}
      />
      <ChoiceGroup
        title="Sort by"
        choices={SORTS.map((sort) => ({ label: SORT_LABELS[sort], href: browseHref(query, { sort }), current: query.sort === sort }))}
      />
    </nav>
  );
}
