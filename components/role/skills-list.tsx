import type { AiTool } from "@/lib/schema";

export type SkillsListProps = { aiTools: AiTool[]; technical: string[]; human: string[] };

/** The three skill groups side by side on wide screens, stacked on phones. */
export function SkillsList({ aiTools, technical, human }: SkillsListProps) {
  return (
    <div className="grid gap-4 md:grid-cols-3" data-testid="skills">
      <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="font-semibold text-slate-900 dark:text-white">AI tools</h3>
        <ul className="mt-2 space-y-2 text-sm">
          {aiTools.map((tool) => (
            <li key={tool.name}>
              <span className="font-medium text-slate-900 dark:text-white">{tool.name}</span>
              <span className="block text-slate-700 dark:text-slate-300">{tool.use}</span>
            </li>
          ))}
        </ul>
      </div>
      <SkillGroup title="Technical skills" items={technical} />
      <SkillGroup title="Human skills" items={human} />
    </div>
  );
}

function SkillGroup({ title, items }: { title: string; items: string[] }) {
  return (
    <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="font-semibold text-slate-900 dark:text-white">{title}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800 dark:text-slate-200">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
