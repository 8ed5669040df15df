import Link from "@/components/ui/link";
import type { Role } from "@/lib/content";
import type { Occupation } from "@/lib/research";

/** The profile that gives our guidance for this occupation, shown before its data; nothing when there is none. */
export function CoveringProfile({ lead }: { lead?: Role }) {
  if (!lead) return null;
  return (
    <aside
      aria-labelledby="guidance-heading"
      data-testid="covering-profile"
      className="mt-4 max-w-3xl rounded-xl border-2 border-brand-600 bg-brand-50 p-4 dark:border-sky-400 dark:bg-slate-900"
    >
      <h2 id="guidance-heading" className="text-lg font-bold text-slate-900 dark:text-white">
        Our guidance for this job:{" "}
        <Link href={`/roles/${lead.slug}`} className="underline">
          {lead.title}
        </Link>
      </h2>
      <p className="mt-1 text-slate-800 dark:text-slate-200">
        The risk rating, the tasks AI is taking over and the ones that stay with people, what to learn and a 12-week plan. This page holds
        the research data behind it.
      </p>
    </aside>
  );
}

/** Says the page is data alone, and whether an editor's judgement of the job is to be found elsewhere. */
export function DataProfileNotice({ hasGuidance }: { hasGuidance: boolean }) {
  return (
    <p
      role="note"
      data-testid="data-profile-notice"
      className="mt-4 rounded-lg border-2 border-dashed border-slate-400 bg-slate-50 px-4 py-2 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
    >
      <strong>Data profile{hasGuidance ? "" : " — no editorial review yet"}.</strong> Everything on this page comes from the published
      datasets below
      {hasGuidance
        ? "; the editorial judgement is in the profile above."
        : "; no editor has checked it against the real work or rated its risk."}
    </p>
  );
}

/** The occupation's title, code and major group. */
export function OccupationHeader({ occupation, group }: { occupation: Occupation; group?: string }) {
  return (
    <header className="mt-4 max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
        {occupation.title}: AI exposure, tasks and pay
      </h1>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400 [&_a]:underline">
        O*NET-SOC {occupation.code}
        {group ? (
          <>
            {" · "}
            <Link href={`/occupations#group-${occupation.majorGroup}`}>{group}</Link>
          </>
        ) : null}
      </p>
    </header>
  );
}

/**
 * The other profiles that draw on this occupation (the lead, if any, has its own box above), or an invitation to
 * write the first; nothing when the lead is the only one.
 */
export function EditorialLinks({ roles, lead }: { roles: Role[]; lead?: Role }) {
  const others = roles.filter((r) => r.slug !== lead?.slug);
  if (lead && others.length === 0) return null;
  return (
    <div
      className="mt-6 max-w-3xl rounded-xl border border-slate-200 p-4 leading-7 dark:border-slate-800 [&_a]:underline"
      data-testid="editorial-links"
    >
      {others.length > 0 ? (
        <>
          <p className="font-semibold text-slate-900 dark:text-white">
            {lead
              ? "Other profiles that draw on this occupation:"
              : `Our ${others.length === 1 ? "profile" : "profiles"} that draw on this occupation:`}
          </p>
          <ul className="mt-1 list-disc pl-6">
            {others.map((r) => (
              <li key={r.slug}>
                <Link href={`/roles/${r.slug}`}>Will AI replace {r.title} jobs? — risk rating, tasks and skills</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          No editor has written a profile for this occupation yet: the band, the tasks AI is taking over, the skills to learn and a plan.
          Know the work? <Link href="/about#corrections">Propose a profile with a pull request</Link>.
        </p>
      )}
    </div>
  );
}
