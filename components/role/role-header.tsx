import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import type { Category, Role } from "@/lib/content";
import { formatDate } from "@/lib/content/format";
import { RISK_BANDS } from "@/lib/content/risk";
import { RiskRating } from "./risk-rating";

export type RoleHeaderProps = { role: Role; category: Category; parent?: Role };

/** The top of a role profile: the draft notice in preview, the breadcrumbs, then the title, summary and rating. */
export function RoleHeader({ role, category, parent }: RoleHeaderProps) {
  const band = RISK_BANDS[role.risk.level];
  return (
    <>
      {role.draft && (
        <p
          role="status"
          className="mb-4 rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-2 font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          Draft — this profile is not published. It is visible only in preview.
        </p>
      )}
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: category.title, href: `/categories/${category.slug}` },
          ...(parent ? [{ name: parent.title, href: `/roles/${parent.slug}` }] : []),
          { name: role.title, href: `/roles/${role.slug}` },
        ]}
      />

      <header className="mt-4 grid gap-6 lg:grid-cols-[1fr_24rem] lg:items-start">
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
            Will AI replace your {role.title} job?
          </h1>
          <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{role.description}</p>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            AI automation risk: <strong>{band.label}</strong> · Category:{" "}
            <Link href={`/categories/${category.slug}`}>{category.title}</Link>
            {role.updated && (
              <>
                {" "}
                · Updated <time dateTime={role.updated}>{formatDate(role.updated)}</time>
              </>
            )}
          </p>
        </div>
        <RiskRating risk={role.risk} title={role.title} />
      </header>
    </>
  );
}
