import type { TaskEvidence } from "@/lib/research/evidence";
import type { ExposureLabel, TaskType } from "@/lib/research/values";
import { DATASETS } from "@/lib/research/sources";

const LABEL_NAMES: Record<ExposureLabel, string> = { E0: "No exposure", E1: "Direct", E2: "With tools" };

/*
 * Note: a long task list repeats its chips dozens of times, and every class string is written into the
 * page's HTML and three times more into its RSC payloads. The chip styles are therefore set once on the
 * container, keyed by a `data-l` attribute, which keeps an occupation page about a fifth smaller.
 */
const CHIP_STYLES = [
  "[&_[data-l]]:inline-flex [&_[data-l]]:rounded-full [&_[data-l]]:border [&_[data-l]]:px-2 [&_[data-l]]:py-0.5 [&_[data-l]]:text-xs [&_[data-l]]:font-medium",
  "[&_[data-l=E0]]:border-slate-300 [&_[data-l=E0]]:bg-slate-50 [&_[data-l=E0]]:text-slate-700 dark:[&_[data-l=E0]]:border-slate-600 dark:[&_[data-l=E0]]:bg-slate-900 dark:[&_[data-l=E0]]:text-slate-300",
  "[&_[data-l=E1]]:border-red-300 [&_[data-l=E1]]:bg-red-50 [&_[data-l=E1]]:text-red-900 dark:[&_[data-l=E1]]:border-red-800 dark:[&_[data-l=E1]]:bg-red-950 dark:[&_[data-l=E1]]:text-red-100",
  "[&_[data-l=E2]]:border-amber-300 [&_[data-l=E2]]:bg-amber-50 [&_[data-l=E2]]:text-amber-900 dark:[&_[data-l=E2]]:border-amber-800 dark:[&_[data-l=E2]]:bg-amber-950 dark:[&_[data-l=E2]]:text-amber-100",
  "[&_[data-id]]:text-xs [&_[data-id]]:text-slate-500 dark:[&_[data-id]]:text-slate-400",
].join(" ");

const LEGEND: { label: ExposureLabel; meaning: string }[] = [
  { label: "E1", meaning: "An LLM alone (such as ChatGPT) could cut the time the task takes by half or more, at the same quality." },
  { label: "E2", meaning: "An LLM alone could not, but software built on an LLM could." },
  { label: "E0", meaning: "Neither would cut the time by half." },
];

const GROUPS: { type: TaskType; title: string }[] = [
  { type: "core", title: "Core tasks" },
  { type: "supplemental", title: "Supplemental tasks" },
  { type: "unclassified", title: "Tasks O*NET does not mark as core or supplemental" },
];

function Label({ who, label }: { who: string; label: ExposureLabel }) {
  return <span data-l={label}>{`${who}: ${LABEL_NAMES[label]}`}</span>;
}

export type TaskEvidenceListProps = {
  title: string;
  tasks: TaskEvidence[];
  counts: Record<ExposureLabel, number>;
  onetUrl: string;
  /**
   * A page about the occupation alone lists every task, open. A role profile lists, closed, only the
   * tasks it cites and links to the occupation's page (`allHref`) for the rest: the whole list made a
   * profile a third heavier to download, for a section most readers never open.
   */
  citedOnly?: { allHref: string };
};

/** The list's one-line summary, which opens and closes it: how many tasks it shows and how GPT-4 rated them all. */
function TaskEvidenceSummary({
  title,
  shown,
  total,
  counts,
  citedOnly,
}: {
  title: string;
  shown: number;
  total: number;
  counts: Record<ExposureLabel, number>;
  citedOnly: boolean;
}) {
  return (
    <summary className="flex cursor-pointer list-none items-start justify-between gap-4 p-4 [&::-webkit-details-marker]:hidden">
      <span>
        <span className="font-semibold text-slate-900 dark:text-white">
          {citedOnly
            ? `The ${shown} of ${total} O*NET tasks of ${title} this profile cites, with their exposure labels`
            : `The ${total} O*NET tasks of ${title}, with their exposure labels`}
        </span>
        <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
          {`GPT-4 rated ${counts.E1} ${citedOnly ? `of all ${total} tasks ` : ""}directly exposed, ${counts.E2} exposed with tools and ${counts.E0} not exposed.`}
        </span>
      </span>
      <span aria-hidden="true" className="mt-0.5 text-lg leading-none text-slate-500 transition group-open:rotate-45">
        +
      </span>
    </summary>
  );
}

/** What the three exposure labels mean. */
function ExposureLegend() {
  return (
    <dl className="grid items-baseline gap-x-3 gap-y-2 text-sm text-slate-700 sm:grid-cols-[auto_1fr] dark:text-slate-300">
      {LEGEND.map(({ label, meaning }) => (
        <div key={label} className="contents">
          <dt>
            <span data-l={label}>{LABEL_NAMES[label]}</span>
          </dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One task statement with its two labels, its id and where the profile cites it. */
function TaskItem({ task: t }: { task: TaskEvidence }) {
  return (
    <li className="py-3" data-task-id={t.id}>
      <p>{t.statement}</p>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <Label who="GPT-4" label={t.gpt4} />
        <Label who="Human raters" label={t.human} />
        <span data-id="">{`Task ${t.id}`}</span>
      </p>
      {t.citedBy.length > 0 && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Cited in this profile under{" "}
          {t.citedBy.map((c, i) => (
            <span key={`${c.list}-${c.task}`}>
              {i > 0 ? "; " : ""}
              <a href={`#${c.list}-heading`}>{c.list === "automating" ? "tasks AI is automating" : "tasks AI is augmenting"}</a>: “{c.task}”
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

/** The tasks of one type (core, supplemental, unclassified), or nothing if there are none. */
function TaskGroup({ title, tasks: group }: { title: string; tasks: TaskEvidence[] }) {
  if (group.length === 0) return null;
  return (
    <div className="mt-5">
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {title} ({group.length})
      </p>
      <ol className="mt-2 divide-y divide-slate-200 text-slate-900 dark:divide-slate-800 dark:text-slate-100">
        {group.map((t) => (
          <TaskItem key={t.id} task={t} />
        ))}
      </ol>
    </div>
  );
}

/** The list's credits: O*NET (unless the role profile credits it already), the labels' paper and the current O*NET summary. */
function TaskEvidenceCredits({ citedOnly, onetUrl }: { citedOnly: boolean; onetUrl: string }) {
  return (
    <p className="mt-4 text-xs text-slate-600 dark:text-slate-400">
      {/* A role profile credits O*NET once, in the section's research credits. */}
      {citedOnly ? "" : `${DATASETS.onet.credit} `}Labels:{" "}
      <a href={DATASETS.eloundou.url} rel="noopener">
        {DATASETS.eloundou.short}
      </a>
      . O*NET revises its task lists; see the{" "}
      <a href={onetUrl} rel="noopener">
        current O*NET OnLine summary
      </a>
      .
    </p>
  );
}

/**
 * The occupation's O*NET task statements with both exposure labels, core tasks first, in a native
 * disclosure widget (no JavaScript). Tasks an editor cites in the profile say so.
 */
export function TaskEvidenceList({ title, tasks: all, counts, onetUrl, citedOnly }: TaskEvidenceListProps) {
  const tasks = citedOnly ? all.filter((t) => t.citedBy.length > 0) : all;
  const allLink = citedOnly && (
    <a href={citedOnly.allHref} data-testid="all-tasks-link">
      All {all.length} tasks of {title}, with their labels
    </a>
  );
  if (citedOnly && tasks.length === 0) {
    return (
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" data-testid="task-evidence-summary">
        GPT-4 rated {counts.E1} of its {all.length} O*NET tasks directly exposed, {counts.E2} exposed with tools and {counts.E0} not
        exposed; this profile cites none of them. {allLink}
      </p>
    );
  }
  return (
    <details className="group mt-4 rounded-xl border border-slate-200 dark:border-slate-800" open={!citedOnly} data-testid="task-evidence">
      <TaskEvidenceSummary title={title} shown={tasks.length} total={all.length} counts={counts} citedOnly={!!citedOnly} />
      <div className={`border-t border-slate-200 p-4 dark:border-slate-800 [&_a]:underline ${CHIP_STYLES}`}>
        <ExposureLegend />
        {GROUPS.map(({ type, title: groupTitle }) => (
          <TaskGroup key={type} title={groupTitle} tasks={tasks.filter((t) => t.type === type)} />
        ))}
        {allLink && <p className="mt-4 text-sm">{allLink}</p>}
        <TaskEvidenceCredits citedOnly={!!citedOnly} onetUrl={onetUrl} />
      </div>
    </details>
  );
}
