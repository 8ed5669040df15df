import type { Role } from "@/lib/content";
import { groupFamilies } from "@/lib/discovery/listing";
import { RoleCard } from "./role-card";

export type FamilyListProps = { roles: Role[]; headingLevel?: 2 | 3 };

/** A grid of roles where each family's specialisations are grouped under the parent role. */
export function FamilyList({ roles, headingLevel = 3 }: FamilyListProps) {
  const families = groupFamilies(roles);
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {families.map(({ head, members }) =>
        members.length === 0 ? (
          <li key={head.slug}>
            <RoleCard role={head} headingLevel={headingLevel} />
          </li>
        ) : (
          <li key={head.slug} className="sm:col-span-2 lg:col-span-3">
            <div className="rounded-2xl bg-slate-50 p-3 dark:bg-slate-900">
              <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                <RoleCard role={head} headingLevel={headingLevel} />
                {members.map((m) => (
                  <RoleCard key={m.slug} role={m} headingLevel={sub} />
                ))}
              </div>
            </div>
          </li>
        ),
      )}
    </ul>
  );
}
