import Link from "@/components/ui/link";
import type { Article, Role } from "@/lib/content";
import { shortTitle } from "@/lib/content/format";
import { RiskBadge } from "./risk-badge";

export type RoleLinksProps = {
  role: Role;
  parent?: Role;
  siblings: Role[];
  specialisations: Role[];
  related: Role[];
  reading: Article[];
};

function RoleLinkList({ roles, label, short }: { roles: Role[]; label: string; short?: boolean }) {
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-2">
      {roles.map((r) => (
        <li key={r.slug}>
          <Link
            href={`/roles/${r.slug}`}
            className="inline-flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-900 no-underline hover:border-brand-600 dark:border-slate-700 dark:text-slate-100"
          >
            {short ? shortTitle(r.title) : r.title}
            <span className="sr-only"> ({r.risk.level.replace("-", " ")} risk)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Where to go next: the parent's assessment, sibling and child specialisations, related roles, reading. */
export function RoleLinks({ role, parent, siblings, specialisations, related, reading }: RoleLinksProps) {
  return (
    <div className="space-y-6" data-testid="role-links">
      {parent && (
        <div>
          <p className="text-slate-800 dark:text-slate-200">
            See the full <Link href={`/roles/${parent.slug}`}>{parent.title} AI impact assessment</Link>{" "}
            <RiskBadge level={parent.risk.level} />
          </p>
          {siblings.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold text-slate-900 dark:text-white">Other {parent.title} specializations</h3>
              <RoleLinkList roles={siblings} label={`Other ${parent.title} specializations`} short />
            </>
          )}
        </div>
      )}
      {specialisations.length > 0 && (
        <div>
          <h3 className="font-semibold text-slate-900 dark:text-white">{role.title} specializations</h3>
          <RoleLinkList roles={specialisations} label={`${role.title} specializations`} short />
        </div>
      )}
      {related.length > 0 && (
        <div>
          <h3 className="font-semibold text-slate-900 dark:text-white">Related roles</h3>
          <RoleLinkList roles={related} label="Related roles" />
        </div>
      )}
      {reading.length > 0 && (
        <div>
          <h3 className="font-semibold text-slate-900 dark:text-white">Related reading</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {reading.map((a) => (
              <li key={a.slug}>
                <Link href={`/articles/${a.slug}`}>{a.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
