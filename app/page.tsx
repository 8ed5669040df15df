import Link from "next/link";
import { FamilyList } from "@/components/role/family-list";
import { getAllRoles, getCategories } from "@/lib/content";
import { groupByCategory } from "@/lib/listing";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/risk";
import { siteConfig } from "@/lib/site";
import { RiskBadge } from "@/components/role/risk-badge";
import { JsonLd } from "@/components/seo/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { buildHomeGraph } from "@/lib/structured-data";
import type { Metadata } from "next";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${siteConfig.name} — ${siteConfig.tagline}`, description: siteConfig.description, path: "/" }),
  // The home page's title stands alone, without the "| Role Compass" template.
  title: { absolute: `${siteConfig.name} — ${siteConfig.tagline}` },
};

export default function HomePage() {
  const roles = getAllRoles();
  const groups = groupByCategory(roles, getCategories());
  return (
    <>
      <JsonLd data={buildHomeGraph()} />
      <section aria-labelledby="hero-heading" className="rounded-3xl bg-gradient-to-br from-brand-50 to-white px-5 py-10 sm:px-10 dark:from-slate-900 dark:to-slate-950">
        <h1 id="hero-heading" className="max-w-3xl text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-5xl dark:text-white">
          Will AI replace my job — and what do I do about it?
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          {siteConfig.name} rates {roles.length} roles for AI automation risk, shows which tasks are being automated and which stay
          yours, and tells you what to learn next. Every rating follows a published method and cites its research.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href="/roles" className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700">
            Find your role
          </Link>
          <Link href="/methodology" className="rounded-lg border border-slate-300 px-4 py-2 font-semibold text-slate-900 no-underline dark:border-slate-700 dark:text-white">
            How we rate risk
          </Link>
        </p>
      </section>

      <section aria-labelledby="bands-heading" className="mt-10">
        <h2 id="bands-heading" className="text-2xl font-bold text-slate-900 dark:text-white">What the risk bands mean</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {RISK_LEVELS.map((level) => (
            <li key={level} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <RiskBadge level={level} />
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{RISK_BANDS[level].summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <div id="roles">
        {groups.map(({ category, roles: inCategory }) => (
          <section key={category.slug} aria-labelledby={`cat-${category.slug}`} className="mt-12">
            <h2 id={`cat-${category.slug}`} className="text-2xl font-bold text-slate-900 dark:text-white">
              <Link href={`/categories/${category.slug}`} className="text-slate-900 no-underline hover:underline dark:text-white">{category.title}</Link>
            </h2>
            <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{category.description}</p>
            <div className="mt-4">
              <FamilyList roles={inCategory} />
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
