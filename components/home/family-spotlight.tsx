import Link from "@/components/ui/link";
import { RiskBadge } from "@/components/role/risk-badge";
import type { Role } from "@/lib/content";
import { shortTitle } from "@/lib/content/format";
import { RISK_BANDS } from "@/lib/content/risk";

export type FamilySpotlightProps = { families: { head: Role; members: Role[] }[] };

/** Each family as its parent role with the specializations listed under it. */
export function FamilySpotlight({ families }: FamilySpotlightProps) {
  return (
    <ul className="grid items-start gap-4 md:grid-cols-2">
      {families.map(({ head, members }) => (
        <li key={head.slug} className="rounded-2xl border border-slate-200 p-4 dark:border-slate-800">
          <h3 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg font-semibold">
            <Link href={`/roles/${head.slug}`} className="text-slate-900 no-underline hover:underline dark:text-white">
              {head.title}
            </Link>
            <RiskBadge level={head.risk.level} />
          </h3>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {members.length} specialization{members.length === 1 ? "" : "s"}
          </p>
          <ul aria-label={`${head.title} specializations`} className="mt-3 flex flex-wrap gap-2">
            {members.map((m) => (
              <li key={m.slug}>
                <Link
                  href={`/roles/${m.slug}`}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-900 no-underline hover:border-brand-600 dark:border-slate-700 dark:text-slate-100"
                >
                  {shortTitle(m.title)}
                  <span className="text-slate-500 dark:text-slate-400"> · {RISK_BANDS[m.risk.level].label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
