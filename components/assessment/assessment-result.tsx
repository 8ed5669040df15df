import { PlanSettingsForm } from "@/components/plan/plan-settings-form";
import { TIME_LABELS, type AssessmentResult as Result } from "@/lib/assessment/scoring";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";

export type AssessmentResultProps = {
  roleTitle: string;
  result: Result;
  /** The form with these answers pre-filled. */
  formHref: string;
  /** The plan URL (the form below adds the answers and the hours). */
  planAction: string;
  /** The answers as query pairs, carried to the plan. */
  answers: [string, string][];
};

const FILL: Record<string, string> = {
  low: "bg-risk-low",
  medium: "bg-risk-medium",
  high: "bg-risk-high",
  "very-high": "bg-risk-very-high",
};

const KIND_LABEL = { tool: "AI tool", technical: "Technical skill", human: "Human skill" } as const;

function Block({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl dark:text-white">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** The score out of 100 and its band, with a four-step meter. */
function ScoreCard({ result }: { result: Result }) {
  const band = RISK_BANDS[result.band];
  return (
    <div
      className="rounded-2xl border border-slate-200 bg-slate-50 p-5 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
      data-testid="exposure-score"
    >
      <p className="text-sm font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">Your exposure score</p>
      <p className="mt-1 text-5xl font-extrabold text-slate-900 dark:text-white">
        {result.score}
        <span className="text-2xl font-semibold text-slate-500 dark:text-slate-400"> / 100</span>
      </p>
      <p className="mt-2 text-lg font-bold text-slate-900 dark:text-white">{band.label} exposure</p>
      <div role="img" aria-label={`Exposure meter: ${band.label}, step ${band.step} of 4`} className="mt-4 grid grid-cols-4 gap-1.5">
        {RISK_LEVELS.map((level) => (
          <div
            key={level}
            className={`h-3 rounded-full ${RISK_BANDS[level].step <= band.step ? FILL[result.band] : "bg-slate-200 dark:bg-slate-700"}`}
          />
        ))}
      </div>
    </div>
  );
}

/** The score in words, set against the role's own rating, with links to the method and the answers. */
function ScoreSummary({ roleTitle, result, formHref }: Pick<AssessmentResultProps, "roleTitle" | "result" | "formHref">) {
  const band = RISK_BANDS[result.band];
  const diff = result.score - result.roleShare;
  return (
    <div className="space-y-3 text-lg leading-8 text-slate-800 dark:text-slate-200">
      <p>
        About <strong>{result.score}%</strong> of your working time goes on tasks AI can already do end to end: a{" "}
        <strong>{band.label.toLowerCase()}</strong> exposure on the same scale we use to rate roles.
      </p>
      <p>
        We rate the {roleTitle} role at {result.roleShare}%.{" "}
        {diff === 0
          ? "Your week matches the typical one."
          : diff > 0
            ? `Your week is ${diff} points more exposed than the typical one.`
            : `Your week is ${-diff} points less exposed than the typical one.`}
      </p>
      {result.noListedTasks && (
        <p className="text-base">
          You answered “none” for every listed task, so all of your work counts as outside them and the score is 0.
        </p>
      )}
      <p className="text-base">
        <a href="/methodology#assessment">How the score is calculated</a> · <a href={formHref}>Change my answers</a>
      </p>
    </div>
  );
}

/** The automating tasks that take most of your time, beside the augmenting tasks where you stay in charge. */
function TaskHighlights({ result }: { result: Result }) {
  return (
    <div className="grid gap-x-8 lg:grid-cols-2">
      <Block id="exposed-heading" title="Your most exposed tasks">
        {result.mostExposed.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">None: you spend no time on the tasks AI is automating in this role.</p>
        ) : (
          <ul className="space-y-3" data-testid="most-exposed">
            {result.mostExposed.map((t) => (
              <li key={t.task} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
                <p className="font-semibold text-slate-900 dark:text-white">{t.task}</p>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.detail}</p>
                <p className="mt-1 text-xs font-medium text-slate-600 dark:text-slate-400">
                  Your time on it: {TIME_LABELS[t.answer].toLowerCase()}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block id="human-heading" title="Your strongest human-in-the-loop tasks">
        {result.strongestHuman.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            None yet: you spend no time on the tasks where AI helps and you stay in charge. The plan starts there.
          </p>
        ) : (
          <ul className="space-y-3" data-testid="strongest-human">
            {result.strongestHuman.map((t) => (
              <li key={t.task} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
                <p className="font-semibold text-slate-900 dark:text-white">{t.task}</p>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  <span className="font-medium">You own:</span> {t.human}
                </p>
                <p className="mt-1 text-xs font-medium text-slate-600 dark:text-slate-400">
                  Your time on it: {TIME_LABELS[t.answer].toLowerCase()}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Block>
    </div>
  );
}

/** The three skills to learn first, each with why. */
function PrioritySkills({ skills }: { skills: Result["skills"] }) {
  return (
    <Block id="skills-heading" title="Three skills to prioritise">
      <ol className="grid gap-4 md:grid-cols-3" data-testid="priority-skills">
        {skills.map((s, i) => (
          <li key={s.name} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase dark:text-sky-300">
              {i + 1}. {KIND_LABEL[s.kind]}
            </p>
            <p className="mt-1 font-semibold text-slate-900 dark:text-white">{s.name}</p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{s.why}</p>
          </li>
        ))}
      </ol>
    </Block>
  );
}

/** The way on to the 12-week plan, carrying these answers. */
function PlanInvite({ planAction, answers }: Pick<AssessmentResultProps, "planAction" | "answers">) {
  return (
    <Block id="plan-heading" title="Turn this into a 12-week plan">
      <div className="rounded-2xl border-2 border-brand-600 bg-brand-50 p-5 dark:border-sky-300 dark:bg-slate-900">
        <p className="mb-4 text-slate-800 dark:text-slate-200">
          A week-by-week plan built from these answers: the tools to adopt, the skills to practise and two small projects on real work.
          Choose how much time you can give it.
        </p>
        <PlanSettingsForm action={planAction} hidden={answers} submitLabel="Build my 12-week plan" idPrefix="result-plan" />
      </div>
    </Block>
  );
}

/** The personal result: score and band, most exposed and most human tasks, three skills, and the way to the plan. */
export function AssessmentResult({ roleTitle, result, formHref, planAction, answers }: AssessmentResultProps) {
  return (
    <div>
      <div className="grid gap-6 lg:grid-cols-[24rem_1fr] lg:items-start">
        <ScoreCard result={result} />
        <ScoreSummary roleTitle={roleTitle} result={result} formHref={formHref} />
      </div>
      <TaskHighlights result={result} />
      <PrioritySkills skills={result.skills} />
      <PlanInvite planAction={planAction} answers={answers} />
    </div>
  );
}
