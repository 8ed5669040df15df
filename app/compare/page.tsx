import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ComparePicker } from "@/components/compare/compare-picker";
import { CompareTable } from "@/components/compare/compare-table";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { BadRequest } from "@/components/site/bad-request";
import { getAllRoles, getCategories } from "@/lib/content";
import { compareHref, compareSkills, parseCompareQuery } from "@/lib/discovery/compare";
import { groupByCategory } from "@/lib/discovery/listing";
import { pageMetadata } from "@/lib/seo/metadata";
import { toQueryRecord, toQueryString } from "@/lib/http/query";
import { cache } from "react";

/** The query, parsed once per request for the metadata and the page (proxy.ts parses it once more, for the status). */
const check = cache((query: string) => {
  const bySlug = new Map(getAllRoles().map((r) => [r.slug, r]));
  return { result: parseCompareQuery(toQueryRecord(query).roles, new Set(bySlug.keys())), bySlug };
});

export async function generateMetadata({ searchParams }: PageProps<"/compare">): Promise<Metadata> {
  const { result, bySlug } = check(toQueryString(await searchParams));
  const description =
    "Compare two or three roles for AI automation risk, the tasks AI automates and augments, the outlook and the skills to add.";
  if (result.kind === "picker") return pageMetadata({ title: "Compare roles side by side", description, path: "/compare" });
  if (result.kind === "invalid") return { title: "Compare: bad request", robots: { index: false, follow: true } };
  // Note: every pair in every order would be its own URL; comparisons are for readers, not the index.
  const titles = result.slugs.map((s) => bySlug.get(s)!.title);
  return pageMetadata({ title: `${titles.join(" vs ")}: AI risk compared`, description, path: compareHref(result.slugs), noindex: true });
}

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const { result, bySlug } = check(toQueryString(await searchParams));
  const groups = groupByCategory(getAllRoles(), getCategories());

  if (result.kind === "invalid") {
    return (
      <BadRequest title="We can't compare those roles" problems={result.problems}>
        <ComparePicker groups={groups} selected={result.slugs} heading="Choose two or three roles" />
      </BadRequest>
    );
  }

  const crumbs = [
    { name: "Home", href: "/" },
    { name: "Compare roles", href: "/compare" },
  ];
  if (result.kind === "picker") {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
          Compare roles side by side
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Thinking of a move? Put your role next to the one you are considering: the risk band, what AI automates and augments in each, the
          outlook, the skills they share and the skills you would need to add.
        </p>
        <div className="mt-8">
          <ComparePicker groups={groups} selected={[]} heading="Choose two or three roles" />
        </div>
      </>
    );
  }

  const roles = result.slugs.map((s) => bySlug.get(s)!);
  const categoryTitles = new Map(getCategories().map((c) => [c.slug, c.title]));
  return (
    <>
      <Breadcrumbs items={[...crumbs, { name: roles.map((r) => r.title).join(" vs "), href: compareHref(result.slugs) }]} />
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
        {roles.map((r) => r.title).join(" vs ")}
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        How AI is changing {roles.length === 2 ? "these two roles" : "these three roles"}, side by side. Ratings follow{" "}
        <Link href="/methodology#risk-bands">the same method</Link>, so the bands compare directly.
      </p>
      <div className="mt-8">
        <CompareTable roles={roles} categoryTitles={categoryTitles} skills={compareSkills(roles)} />
      </div>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Skills count as shared when the profiles name the same AI tool, or when every word of one skill appears in the other.
      </p>
      <div className="mt-10">
        <ComparePicker groups={groups} selected={result.slugs} heading="Compare other roles" />
      </div>
    </>
  );
}
