import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageMetadata } from "@/lib/seo/metadata";
import { getRolesForCode } from "@/lib/content/evidence";
import { getOccupationsByMajorGroup, listOccupationPages } from "@/lib/research";

export const metadata: Metadata = pageMetadata({
  title: "Every occupation: AI exposure data profiles",
  description:
    "AI exposure, task-level labels and pay for every US occupation in the research data, grouped by occupational group, with links to our editorial profiles.",
  path: "/occupations",
});

export default function OccupationsPage() {
  const groups = getOccupationsByMajorGroup();
  const total = listOccupationPages().length;
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Every occupation</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        {total} US occupations (O*NET-SOC), each with a data profile: AI exposure rated by GPT-4 and by people, AI applicability measured
        from real use, every task with its exposure label, and BLS employment and pay. Data profiles have no editorial review; occupations
        marked <strong>profile</strong> also have one of our full editorial profiles.
      </p>
      <nav aria-label="Occupation groups" className="mt-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {groups.map((g) => (
            <li key={g.code}>
              <a href={`#group-${g.code}`}>{g.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.code} aria-labelledby={`group-${g.code}`} className="mt-10">
          <h2 id={`group-${g.code}`} className="text-2xl font-bold text-slate-900 dark:text-white">
            {g.title} <span className="text-base font-normal text-slate-600 dark:text-slate-400">({g.occupations.length})</span>
          </h2>
          <ul className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {g.occupations.map((o) => (
              <li key={o.code}>
                <Link href={`/occupations/${o.code}`}>{o.title}</Link>
                {getRolesForCode(o.code).length > 0 && (
                  <span className="ml-1.5 rounded-full bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-800 dark:bg-sky-900 dark:text-sky-100">
                    profile
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
