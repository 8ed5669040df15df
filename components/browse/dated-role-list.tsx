import type { Role } from "@/lib/content";
import { formatDate } from "@/lib/content/format";
import { RoleCard } from "@/components/role/role-card";

export type DatedRoleListProps = { roles: Role[]; parents: ReadonlyMap<string, string>; headingLevel?: 2 | 3 };

/** Roles in the given order (newest update first), each with its last-review date and its family. */
export function DatedRoleList({ roles, parents, headingLevel = 3 }: DatedRoleListProps) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {roles.map((role) => (
        <li key={role.slug} className="flex flex-col">
          <RoleCard role={role} headingLevel={headingLevel} />
          <p className="mt-1 px-1 text-xs text-slate-600 dark:text-slate-400">
            {role.updated && (
              <>
                Updated <time dateTime={role.updated}>{formatDate(role.updated)}</time>
              </>
            )}
            {role.parent && parents.has(role.parent) ? `${role.updated ? " · " : ""}${parents.get(role.parent)} family` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
