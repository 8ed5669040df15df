import type { AiTool } from "@/lib/content/schema";

export type SkillsListProps = { aiTools: readonly AiTool[]; aiToolsNote?: string; technical: readonly string[]; human: readonly string[] };

/** The three skill groups side by side on wide screens, stacked on phones. */
export function SkillsList({ aiTools, aiToolsNote, technical, human }: SkillsListProps) {
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
        {aiToolsNote && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{aiToolsNote}</p>}
      </div>
      <SkillGroup title="Technical skills" items={technical} />
      <SkillGroup title="Human skills" items={human} />
    </div>
  );
}

function SkillGroup({ title, items }: { title: string; items: readonly string[] }) {
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
