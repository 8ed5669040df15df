import Link from "@/components/ui/link";
import { PageDates } from "@/components/content/page-dates";
import { SourceList } from "@/components/content/source-list";
import { Section } from "@/components/ui/section";
import type { Role } from "@/lib/content";
import { formatDate } from "@/lib/content/format";
import { CompareLinks } from "./compare-links";
import { RoleLinks, type RoleLinksProps } from "./role-links";
import { SkillsList } from "./skills-list";
import { TaskList } from "./task-lists";
import { Timeline } from "./timeline";

/** What AI is changing in the role: the editor's account, then the tasks it automates and augments. */
export function RoleImpact({ role }: { role: Role }) {
  return (
    <>
      <Section id="impact" title={`How is AI affecting the ${role.title} role?`}>
        <div className="prose-body max-w-3xl" dangerouslySetInnerHTML={{ __html: role.html }} />
      </Section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section id="automating" title={`Tasks AI is automating for ${role.title}`}>
          <TaskList kind="automating" tasks={role.automating} note={role.automatingNote} />
        </Section>
        <Section id="augmenting" title="Tasks AI is augmenting (you stay in the loop)">
          <TaskList kind="augmenting" tasks={role.augmenting} />
        </Section>
      </div>
    </>
  );
}

/** What to do about it: the outlook, the skills to learn and how to position yourself. */
export function RoleGuidance({ role }: { role: Role }) {
  return (
    <>
      <Section id="outlook" title="What the next years look like">
        <Timeline near={role.outlook.near} far={role.outlook.far} />
      </Section>

      <Section id="skills" title={`Skills ${role.title} professionals should learn`}>
        <SkillsList
          aiTools={role.skills.aiTools}
          aiToolsNote={role.skills.aiToolsNote}
          technical={role.skills.technical}
          human={role.skills.human}
        />
      </Section>

      <Section id="positioning" title="How to position yourself">
        <p className="max-w-3xl text-lg leading-8 text-slate-800 dark:text-slate-200">{role.positioning}</p>
      </Section>
    </>
  );
}

/** Where to go next: the role's family, related roles and reading, and roles to compare it with. */
export function RoleExplore({ role, parent, siblings, specialisations, related, reading }: RoleLinksProps) {
  return (
    <Section id="explore" title="Keep exploring">
      <RoleLinks role={role} parent={parent} siblings={siblings} specialisations={specialisations} related={related} reading={reading} />
      <div className="mt-6">
        <CompareLinks role={role} candidates={[...(parent ? [parent] : []), ...siblings, ...specialisations, ...related]} />
      </div>
    </Section>
  );
}

/** Where the profile comes from: its sources, then its changelog and dates. */
export function RoleSourcesAndChanges({ role }: { role: Role }) {
  return (
    <>
      <Section id="sources" title="Sources">
        <SourceList sources={role.sources} />
        <p className="mt-3 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          The research figures in the Evidence section are credited there, with links to the datasets.
        </p>
      </Section>

      <Section id="changes" title="What changed on this page">
        {role.changelog.length > 0 && (
          <ul className="mb-3 space-y-2 text-sm">
            {role.changelog.map((c) => (
              <li key={`${c.date}-${c.summary}`}>
                <time dateTime={c.date} className="font-medium text-slate-900 dark:text-white">
                  {formatDate(c.date)}
                </time>
                <span className="text-slate-700 dark:text-slate-300"> — {c.summary}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <PageDates published={role.published} updated={role.updated} />
          {role.published ? ". " : ""}Spotted something wrong? <Link href="/about#corrections">Propose a correction</Link>.
        </p>
      </Section>
    </>
  );
}
