import Link from "@/components/ui/link";
import { DatedRoleList } from "@/components/browse/dated-role-list";
import { RiskBadge } from "@/components/role/risk-badge";
import type { Role } from "@/lib/content";
import type { CategoryGroup } from "@/lib/discovery/listing";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";
import { FamilySpotlight, type FamilySpotlightProps } from "./family-spotlight";

/** A card per category, with how many roles it holds. */
export function CategoryGrid({ groups }: { groups: CategoryGroup[] }) {
  return (
    <section aria-labelledby="categories-heading" className="mt-12">
      <h2 id="categories-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
        Browse by category
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map(({ category, roles: inCategory }) => (
          <li
            key={category.slug}
            className="relative rounded-xl border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800 dark:hover:border-sky-400"
          >
            <h3 className="font-semibold">
              <Link
                href={`/categories/${category.slug}`}
                className="text-slate-900 no-underline after:absolute after:inset-0 hover:underline dark:text-white"
              >
                {category.title}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {inCategory.length} role{inCategory.length === 1 ? "" : "s"}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The largest role families, where ratings differ between specializations; nothing when there is none. */
export function FamiliesSection({ families }: FamilySpotlightProps) {
  if (families.length === 0) return null;
  return (
    <section aria-labelledby="families-heading" className="mt-12">
      <h2 id="families-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
        Role families
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
        The roles with the most specializations: AI changes each specialization differently, so the ratings differ within a family.
      </p>
      <div className="mt-4">
        <FamilySpotlight families={families} />
      </div>
    </section>
  );
}

export type RecentlyUpdatedProps = {
  recent: Role[];
  /** Every role, so a specialization can name its parent. */
  roles: Role[];
};

/** The most recently updated roles, and the way to every role by last update. */
export function RecentlyUpdated({ recent, roles }: RecentlyUpdatedProps) {
  return (
    <section aria-labelledby="recent-heading" className="mt-12">
      <h2 id="recent-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
        Recently updated
      </h2>
      <div className="mt-4">
        <DatedRoleList roles={recent} parents={new Map(roles.map((r) => [r.slug, r.title]))} />
      </div>
      <p className="mt-4">
        {/* Note: a plain link: the client router would reuse the prerendered /roles payload for a filtered view. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/roles?sort=updated">Every role by last update</a>
      </p>
    </section>
  );
}

/** What each risk band means, with how many roles are in it. */
export function RiskBandsOverview({ roles }: { roles: Role[] }) {
  return (
    <section aria-labelledby="bands-heading" className="mt-12">
      <h2 id="bands-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
        What the risk bands mean
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
        A band says how much of a role&apos;s core working time goes on tasks AI can already do end to end.{" "}
        <Link href="/methodology">How we decide a rating</Link>.
      </p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {RISK_LEVELS.map((level) => {
          const band = RISK_BANDS[level];
          const count = roles.filter((r) => r.risk.level === level).length;
          return (
            <li key={level} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <RiskBadge level={level} />
              <p className="mt-2 text-sm font-medium text-slate-900 dark:text-white">
                {band.min}–{Math.min(band.max - 1, 100)}% automatable
              </p>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{band.summary}</p>
              <p className="mt-2 text-sm">
                <Link href={`/risk/${level}`}>
                  {count} role{count === 1 ? "" : "s"} in this band
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
