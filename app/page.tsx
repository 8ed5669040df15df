import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DatedRoleList } from "@/components/browse/dated-role-list";
import { FamilySpotlight } from "@/components/home/family-spotlight";
import { RiskBadge } from "@/components/role/risk-badge";
import { SearchBox } from "@/components/search/search-box";
import { JsonLd } from "@/components/seo/json-ld";
import { largestFamilies, recentlyUpdated } from "@/lib/discovery/browse";
import { getAllRoles, getCategories } from "@/lib/content";
import { groupByCategory } from "@/lib/discovery/listing";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteConfig } from "@/lib/seo/site";
import { buildHomeGraph } from "@/lib/seo/structured-data";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${siteConfig.name} — ${siteConfig.tagline}`, description: siteConfig.description, path: "/" }),
  // The home page's title stands alone, without the "| Role Compass" template.
  title: { absolute: `${siteConfig.name} — ${siteConfig.tagline}` },
};

export default function HomePage() {
  const roles = getAllRoles();
  const groups = groupByCategory(roles, getCategories());
  const families = largestFamilies(roles, 4);
  const recent = recentlyUpdated(roles, 6);
  return (
    <>
      <JsonLd data={buildHomeGraph()} />
      <section
        aria-labelledby="hero-heading"
        className="rounded-3xl bg-gradient-to-br from-brand-50 to-white px-5 py-10 sm:px-10 dark:from-slate-900 dark:to-slate-950"
      >
        <h1
          id="hero-heading"
          className="max-w-3xl text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-5xl dark:text-white"
        >
          Will AI replace my job — and what do I do about it?
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          {siteConfig.name} rates {roles.length} roles for AI automation risk, shows which tasks are being automated and which stay yours,
          and tells you what to learn next. Every rating follows a published method and cites its research.
        </p>
        <div className="mt-6">
          <SearchBox label="Find your role: type your job title, or what people call it" variant="hero" />
        </div>
        <p className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium">
          <Link href="/roles">Browse all {roles.length} roles</Link>
          <Link href="/compare">Compare two roles</Link>
          <Link href="/methodology">How we rate risk</Link>
        </p>
      </section>

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

      {families.length > 0 && (
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
      )}

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
    </>
  );
}
