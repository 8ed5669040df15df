import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { FamilyList } from "@/components/role/family-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { getAllRoles } from "@/lib/content";
import { RISK_BANDS, RISK_LEVELS, type RiskLevel } from "@/lib/content/risk";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildCollectionGraph } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";

export const dynamicParams = false;

export function generateStaticParams() {
  return RISK_LEVELS.map((band) => ({ band }));
}

function bandOf(value: string): RiskLevel | undefined {
  return (RISK_LEVELS as readonly string[]).includes(value) ? (value as RiskLevel) : undefined;
}

export async function generateMetadata({ params }: PageProps<"/risk/[band]">): Promise<Metadata> {
  const level = bandOf((await params).band);
  if (!level) return {};
  const band = RISK_BANDS[level];
  return pageMetadata({
    title: `Jobs with ${band.label.toLowerCase()} AI automation risk`,
    description: `Roles Role Compass rates ${band.label.toLowerCase()} for AI automation risk: ${band.summary}`,
    path: `/risk/${level}`,
  });
}

export default async function RiskBandPage({ params }: PageProps<"/risk/[band]">) {
  const level = bandOf((await params).band);
  if (!level) notFound();
  const band = RISK_BANDS[level];
  const roles = getAllRoles().filter((r) => r.risk.level === level);
  return (
    <>
      <JsonLd
        data={buildCollectionGraph({
          name: `Jobs with ${band.label.toLowerCase()} AI automation risk`,
          description: band.summary,
          path: `/risk/${level}`,
          roles,
          crumbs: [
            { name: "Home", path: "/" },
            { name: `${band.label} risk`, path: `/risk/${level}` },
          ],
        })}
      />
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: `${band.label} risk`, href: `/risk/${level}` },
        ]}
      />
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        Jobs with {band.label.toLowerCase()} AI automation risk
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        {band.summary} Automatable share {band.min}–{Math.min(band.max - 1, 100)}% of core working time.{" "}
        <Link href="/methodology#risk-bands">How bands are decided</Link>.
      </p>
      <nav aria-label="Other risk bands" className="mt-4">
        <ul className="flex flex-wrap gap-3 text-sm">
          {RISK_LEVELS.filter((l) => l !== level).map((l) => (
            <li key={l}>
              <Link href={`/risk/${l}`}>{RISK_BANDS[l].label} risk</Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="list-heading" className="mt-8">
        <h2 id="list-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
          {roles.length} role{roles.length === 1 ? "" : "s"}
        </h2>
        <div className="mt-4">{roles.length > 0 ? <FamilyList roles={roles} /> : <p>No published role is in this band yet.</p>}</div>
      </section>
    </>
  );
}
