import Link from "@/components/ui/link";
import { RiskBadge } from "@/components/role/risk-badge";
import type { Role } from "@/lib/content";
import { compareHref, type SkillComparison, type SkillItem } from "@/lib/discovery/compare";
import { SharedSkills } from "./shared-skills";

export type CompareTableProps = { roles: Role[]; categoryTitles: ReadonlyMap<string, string>; skills: SkillComparison };

function SkillList({ items }: { items: SkillItem[] }) {
  if (items.length === 0) return <p className="text-slate-600 dark:text-slate-400">Nothing beyond the shared skills.</p>;
  return (
    <ul className="space-y-1">
      {items.map((s) => (
        <li key={`${s.kind}-${s.name}`}>
          {s.name} <span className="text-xs text-slate-600 dark:text-slate-400">({s.kind})</span>
        </li>
      ))}
    </ul>
  );
}

type Row = { id: string; label: string } & ({ cell: (role: Role, i: number) => React.ReactNode } | { span: React.ReactNode });

/** The topics compared, in order: each one a cell per role, or one cell spanning them all. */
function compareRows(roles: Role[], skills: SkillComparison): Row[] {
  return [
    {
      id: "risk",
      label: "AI automation risk",
      cell: (role) => (
        <>
          <RiskBadge level={role.risk.level} />
          <p className="mt-2">
            About <strong>{role.risk.automatableShare}%</strong> of core working time is automatable today.
          </p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{role.risk.reason}</p>
        </>
      ),
    },
    {
      id: "automating",
      label: "Tasks AI is automating",
      cell: (role) => (
        <ul className="list-disc space-y-1 pl-5">
          {role.automating.map((t) => (
            <li key={t.task}>{t.task}</li>
          ))}
        </ul>
      ),
    },
    {
      id: "augmenting",
      label: "Tasks AI is augmenting (you stay in the loop)",
      cell: (role) => (
        <ul className="list-disc space-y-1 pl-5">
          {role.augmenting.map((t) => (
            <li key={t.task}>{t.task}</li>
          ))}
        </ul>
      ),
    },
    { id: "near", label: "Outlook: the next 1–2 years", cell: (role) => <p>{role.outlook.near}</p> },
    { id: "far", label: "Outlook: 3–5 years out", cell: (role) => <p>{role.outlook.far}</p> },
    { id: "shared", label: "Skills in common", span: <SharedSkills skills={skills.shared} count={roles.length} /> },
    {
      id: "add",
      label:
        roles.length === 2
          ? "Skills to add to move into this role from the other"
          : "Skills to add: what this role lists beyond the skills all three share",
      cell: (_role, i) => <SkillList items={skills.toAdd[i] ?? []} />,
    },
  ];
}

/** A column heading per role: its name, category and, with three roles, a link to compare without it. */
function CompareHead({ roles, categoryTitles }: Pick<CompareTableProps, "roles" | "categoryTitles">) {
  return (
    <thead>
      <tr>
        {roles.map((role) => (
          <th
            key={role.slug}
            scope="col"
            className="border-b border-slate-200 bg-slate-50 p-3 text-left align-top dark:border-slate-800 dark:bg-slate-900"
          >
            <Link href={`/roles/${role.slug}`} className="text-base font-bold">
              {role.title}
            </Link>
            <span className="mt-1 block text-xs font-normal text-slate-600 dark:text-slate-400">{categoryTitles.get(role.category)}</span>
            {roles.length > 2 && (
              <Link href={compareHref(roles.filter((r) => r !== role).map((r) => r.slug))} className="mt-1 block text-xs font-normal">
                Remove<span className="sr-only"> {role.title} from the comparison</span>
              </Link>
            )}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One topic: its label spanning the table, then the roles' cells. */
function RowGroup({ row, roles }: { row: Row; roles: Role[] }) {
  return (
    <tbody>
      <tr>
        <th
          scope="colgroup"
          colSpan={roles.length}
          className="bg-brand-50 px-3 py-2 text-left font-semibold text-slate-900 dark:bg-slate-800 dark:text-white"
        >
          {row.label}
        </th>
      </tr>
      <tr>
        {"span" in row ? (
          <td colSpan={roles.length} className="p-3 align-top leading-6 text-slate-800 dark:text-slate-200">
            {row.span}
          </td>
        ) : (
          roles.map((role, i) => (
            <td
              key={role.slug}
              className="border-l border-slate-200 p-3 align-top leading-6 text-slate-800 first:border-l-0 dark:border-slate-800 dark:text-slate-200"
            >
              {row.cell(role, i)}
            </td>
          ))
        )}
      </tr>
    </tbody>
  );
}

/**
 * The roles side by side. Each topic is a row group whose label spans the table, so two roles fit a
 * phone's width; three scroll sideways inside a focusable region.
 */
export function CompareTable({ roles, categoryTitles, skills }: CompareTableProps) {
  const rows = compareRows(roles, skills);

  return (
    // Note: a named <section> is a region landmark; it takes focus so the table scrolls with the keyboard on small screens.
    <section
      aria-labelledby="compare-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-2xl border border-slate-200 dark:border-slate-800"
    >
      <table
        className={`w-full table-fixed border-collapse text-sm ${roles.length === 3 ? "min-w-[48rem]" : ""}`}
        data-testid="compare-table"
      >
        <caption id="compare-caption" className="sr-only">
          {roles.map((r) => r.title).join(" compared with ")}
        </caption>
        <CompareHead roles={roles} categoryTitles={categoryTitles} />
        {rows.map((row) => (
          <RowGroup key={row.id} row={row} roles={roles} />
        ))}
      </table>
    </section>
  );
}
