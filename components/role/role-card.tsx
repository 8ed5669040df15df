import Link from "@/components/ui/link";
import type { Role } from "@/lib/content";
import { RiskBadge } from "./risk-badge";

export type RoleCardProps = { role: Pick<Role, "slug" | "title" | "description" | "risk">; headingLevel?: 2 | 3 | 4 };

/** A role in a listing: the whole card is one link named by the role's title. */
export function RoleCard({ role, headingLevel = 3 }: RoleCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-slate-200 p-4 transition hover:border-brand-600 hover:shadow-sm dark:border-slate-800 dark:hover:border-sky-400">
      <Heading className="font-semibold text-slate-900 dark:text-white">
        <Link
          href={`/roles/${role.slug}`}
          className="text-slate-900 no-underline after:absolute after:inset-0 hover:underline dark:text-white"
        >
          {role.title}
        </Link>
      </Heading>
      <p className="mt-1 flex-1 text-sm text-slate-700 dark:text-slate-300">{role.description}</p>
      <p className="mt-3">
        <RiskBadge level={role.risk.level} />
      </p>
    </article>
  );
}
