import Link from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import type { RoleEvidence } from "@/lib/content/evidence";
import { NOT_A_FORECAST } from "@/lib/research/sources";
import { OccupationFigures } from "./occupation-evidence";
import { ResearchCredits } from "./research-credits";
import { TaskEvidenceList } from "./task-evidence";

export type EvidenceSectionProps = {
  evidence: RoleEvidence;
  /** The editor's reason, specific to the role, where the band and the research disagree. */
  researchNote?: string;
};

/**
 * "Evidence" on a role profile: what published research measured for the occupation(s) the role
 * belongs to, beside the editorial band, with every figure linked to its source.
 */
export function EvidenceSection({ evidence, researchNote }: EvidenceSectionProps) {
  const { occupations, comparison } = evidence;
  const several = occupations.length > 1;
  return (
    <Section id="evidence" title="Evidence: what published research measured">
      <div className="max-w-3xl space-y-3 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          Our band is an editor&apos;s judgement. Beside it, here is what published research measured for the US{" "}
          {several ? "occupations" : "occupation"} this role belongs to (by O*NET-SOC code), and where each figure ranks among all
          occupations.
        </p>
        <p className="font-medium text-slate-900 dark:text-white" data-testid="not-a-forecast">
          {NOT_A_FORECAST}
        </p>
      </div>
      {comparison && (
        <p
          role="note"
          data-testid="band-comparison"
          data-verdict={comparison.verdict}
          className={`mt-4 max-w-3xl rounded-xl border-l-4 p-4 text-sm leading-6 [&_a]:underline ${
            comparison.verdict === "agree"
              ? "border-slate-400 bg-slate-50 text-slate-800 dark:bg-slate-900 dark:text-slate-200"
              : "border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
          }`}
        >
          {comparison.message} <Link href="/methodology#research-data">How we compare them</Link>
          {comparison.explanation && (
            <span className="mt-2 block" data-testid="research-note">
              <strong>Why, for this role:</strong> {researchNote ?? comparison.explanation}
            </span>
          )}
        </p>
      )}
      {occupations.map((o) => (
        <div key={o.code} className="mt-8" data-testid="occupation-evidence" data-code={o.code}>
          <h3 className="text-lg font-bold text-slate-900 dark:text-white">
            {o.title} <span className="font-normal whitespace-nowrap text-slate-600 dark:text-slate-400">({o.code})</span>
          </h3>
          <p className="mt-1 mb-4 text-sm">
            <Link href={`/occupations/${o.code}`}>All the data for {o.title}</Link>
          </p>
          <OccupationFigures evidence={o} />
          <TaskEvidenceList
            title={o.title}
            tasks={o.tasks}
            counts={o.taskCounts}
            onetUrl={o.onetUrl}
            citedOnly={{ allHref: `/occupations/${o.code}#tasks` }}
          />
        </div>
      ))}
      <ResearchCredits />
    </Section>
  );
}
