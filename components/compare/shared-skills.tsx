import type { SharedSkill } from "@/lib/discovery/compare";

export type SharedSkillsProps = { skills: SharedSkill[]; count: number };

/** The skills every compared role lists, with the other profiles' wording where it differs. */
export function SharedSkills({ skills, count }: SharedSkillsProps) {
  if (skills.length === 0) {
    return (
      <p className="text-slate-700 dark:text-slate-300">
        The {count === 2 ? "two" : "three"} profiles list no skill in common: each role&apos;s list below is what to add.
      </p>
    );
  }
  return (
    <ul className="grid gap-2 sm:grid-cols-2" data-testid="shared-skills">
      {skills.map((s) => (
        <li key={`${s.kind}-${s.name}`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <span className="font-medium text-slate-900 dark:text-white">{s.name}</span>{" "}
          <span className="text-xs text-slate-600 dark:text-slate-400">({s.kind})</span>
          {s.variants.length > 0 && (
            <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">Also listed as: {s.variants.join("; ")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
