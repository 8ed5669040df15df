import Link from "@/components/ui/link";
import type { Role } from "@/lib/content";
import { compareHref } from "@/lib/discovery/compare";
import { shortTitle } from "@/lib/content/format";

export type CompareLinksProps = {
  role: Pick<Role, "slug" | "title" | "parent">;
  /** The roles a reader of this profile is likely to weigh it against: family first, then related roles. */
  candidates: Pick<Role, "slug" | "title" | "parent">[];
};

/** How many "Compare with …" links a profile shows; the picker below reaches every other role. */
export const COMPARE_LINKS_SHOWN = 6;

/** "Compare with …" links to /compare for the nearest family and related roles, plus the open picker. */
export function CompareLinks({ role, candidates }: CompareLinksProps) {
  const seen = new Set([role.slug]);
  const unique = candidates.filter((c) => !seen.has(c.slug) && seen.add(c.slug)).slice(0, COMPARE_LINKS_SHOWN);
  const inFamily = (c: CompareLinksProps["candidates"][number]) =>
    c.parent !== undefined && (c.parent === role.parent || c.parent === role.slug);
  return (
    <div data-testid="compare-links">
      <h3 className="font-semibold text-slate-900 dark:text-white">Compare {role.title} with…</h3>
      {unique.length > 0 && (
        <ul aria-label={`Compare ${role.title} with`} className="mt-2 flex flex-wrap gap-2">
          {unique.map((c) => (
            <li key={c.slug}>
              <Link
                href={compareHref([role.slug, c.slug])}
                className="inline-flex items-center rounded-full border border-dashed border-slate-400 px-3 py-1 text-sm text-slate-900 no-underline hover:border-brand-600 dark:border-slate-600 dark:text-slate-100"
              >
                <span className="sr-only">Compare with </span>
                {/* Family members read shorter without the family name; the full title stays in the link's name. */}
                {inFamily(c) ? (
                  <>
                    <span className="sr-only">{c.title.slice(0, c.title.length - shortTitle(c.title).length)}</span>
                    {shortTitle(c.title)}
                  </>
                ) : (
                  c.title
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm">
        <Link href="/compare">Compare any two or three roles</Link>
      </p>
    </div>
  );
}
