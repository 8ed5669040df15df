import { continueSentence as inline, scoreAssessment, type AssessmentAnswers, type AssessmentProfile, type Familiarity } from "./scoring";
import { MAX_HOURS, MIN_HOURS } from "./params";
import { isRealDate } from "../check/dates";
import type { RiskLevel } from "../content/risk";
import type { AiTool, AugmentedTask, AutomatedTask, ProjectIdea, RoleFrontmatter } from "../content/schema";

/*
 * The 12-week action plan. Pure and deterministic: the same profile, answers, hours and start date give
 * the same plan, word for word. Weeks 1–4 are fundamentals (hand routine work to AI under review), 5–8
 * practice (technical skills and a first project), 9–12 advanced (the human skills, a second project,
 * making the work visible).
 */

export type PlanPhase = "fundamentals" | "practice" | "advanced";

export const PLAN_PHASES: { phase: PlanPhase; label: string; weeks: [number, number]; summary: string }[] = [
  {
    phase: "fundamentals",
    label: "Fundamentals",
    weeks: [1, 4],
    summary: "Set up the AI tools and hand your most automatable work to them, with you reviewing.",
  },
  {
    phase: "practice",
    label: "Practice",
    weeks: [5, 8],
    summary: "Build the technical skills of the role and finish a first project on real work.",
  },
  {
    phase: "advanced",
    label: "Advanced",
    weeks: [9, 12],
    summary: "Strengthen the judgement only you bring, finish a second project and make your work visible.",
  },
];

export type PlanTaskKind = "tool" | "skill" | "project";

export const TASK_KIND_LABELS: Record<PlanTaskKind, string> = { tool: "Tool", skill: "Skill", project: "Project" };

export type PlanTask = {
  kind: PlanTaskKind;
  title: string;
  detail: string;
  /** Suggested time this week, in hours (multiples of 0.5). */
  hours: number;
};

export type PlanWeek = {
  week: number;
  phase: PlanPhase;
  /** First day of the week, YYYY-MM-DD. */
  starts: string;
  /** Last day of the week, YYYY-MM-DD. */
  ends: string;
  focus: string;
  /** Two or three tasks; their hours add up to the plan's hours per week. */
  tasks: PlanTask[];
  /** How to tell the week worked. */
  checkpoint: string;
};

export type Plan = {
  roleTitle: string;
  hoursPerWeek: number;
  tasksPerWeek: 2 | 3;
  /** First day of week 1 and last day of week 12. */
  start: string;
  end: string;
  /** Built from the person's answers (true) or the profile's defaults (false). */
  personalised: boolean;
  /** The personal band, or the role's band for a plan without answers. */
  band: RiskLevel;
  /** One sentence on how the plan follows from the band. */
  summary: string;
  weeks: PlanWeek[];
};

export type PlanProfile = AssessmentProfile & Pick<RoleFrontmatter, "projects">;

export type PlanOptions = {
  answers?: AssessmentAnswers;
  /** Whole hours per week, 1–20. Up to 2 hours gives two tasks a week, more gives three. */
  hours: number;
  /** First day of week 1, YYYY-MM-DD. */
  start: string;
};

/** `iso` plus `days` days, in UTC. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Splits `hours` over tasks by `weights` in half-hour steps (largest remainder; every task gets at least
 * half an hour; ties go to the earlier task). The parts always add up to `hours`.
 */
export function splitHours(hours: number, weights: number[]): number[] {
  const units = Math.round(hours * 2);
  if (units < weights.length) throw new RangeError(`${hours} h cannot give ${weights.length} tasks half an hour each`);
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (units * w) / total);
  const parts = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = units - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((x, y) => y.r - x.r || x.i - y.i);
  for (let k = 0; left > 0; k = (k + 1) % parts.length, left--) parts[byRemainder[k]!.i]! += 1;
  // A minimum of one unit can overshoot: take the excess back from the largest parts, earliest first.
  while (left < 0) {
    const largest = parts.indexOf(Math.max(...parts));
    parts[largest]! -= 1;
    left++;
  }
  return parts.map((u) => u / 2);
}

const WEIGHTS: Record<2 | 3, number[]> = { 2: [0.6, 0.4], 3: [0.5, 0.3, 0.2] };

type ToolPick = { tool: AiTool; familiarity?: Familiarity };
type Context = {
  title: string;
  T: ToolPick[];
  X: AutomatedTask[];
  H: AugmentedTask[];
  TS: string[];
  HS: string[];
  P: ProjectIdea[];
};
type Draft = Omit<PlanTask, "hours">;
type WeekDraft = { focus: string; tasks: [Draft, Draft, Draft]; checkpoint: string };

/** The i-th item, wrapping round a short list (profiles may list fewer automated tasks or tools than weeks). */
const pick = <T>(list: T[], i: number): T => list[i % list.length]!;

/** Stands in for the tools of a profile that lists none. */
const WORKPLACE_TECHNOLOGY: AiTool = {
  name: "the technology at your workplace",
  use: "the apps, handhelds and machines your employer is adding; ask a supervisor which ones and whether training is paid",
};
const q = (s: string) => `“${s}”`;
const usedFor = (tool: AiTool) => `In this role it is used for ${inline(tool.use)}.`;

function adoptTool({ tool, familiarity }: ToolPick, task: string): Draft {
  if (familiarity === 2) {
    return {
      kind: "tool",
      title: `Go further with ${tool.name}`,
      detail: `You already use it weekly: try one feature you have not used yet on ${q(task)}. ${usedFor(tool)}`,
    };
  }
  if (familiarity === 1) {
    return {
      kind: "tool",
      title: `Make ${tool.name} a habit`,
      detail: `You have tried it; now use it on every ${q(task)} this week. ${usedFor(tool)}`,
    };
  }
  return {
    kind: "tool",
    title: `Set up ${tool.name}`,
    detail: `${familiarity === 0 ? "You have not used it yet. " : ""}${usedFor(tool)} Try it on one real case of ${q(task)}.`,
  };
}

/*
 * The twelve weeks. In each week the first two tasks are the essentials; the third is dropped when the
 * person has two hours or less, so checkpoints only mention the first two.
 */
const WEEKS: ((c: Context) => WeekDraft)[] = [
  ({ T, X, H, P }) => ({
    focus: `Set a baseline and set up ${T[0]!.tool.name}`,
    tasks: [
      adoptTool(T[0]!, X[0]!.task),
      {
        kind: "skill",
        title: "Time your week",
        detail: `Note how long ${q(X[0]!.task)} and ${q(H[0]!.task)} take you this week. It is the baseline you compare against in week 4.`,
      },
      {
        kind: "project",
        title: `Read up on ${q(P[0]!.title)}`,
        detail: `${P[0]!.description} Note which piece of your real work it will use.`,
      },
    ],
    checkpoint: `${T[0]!.tool.name} is set up and used on real work, and you know how long ${q(X[0]!.task)} takes you.`,
  }),
  ({ T, X, P }) => ({
    focus: `Hand ${q(X[0]!.task)} to AI and keep the review`,
    tasks: [
      {
        kind: "tool",
        title: `Use ${T[0]!.tool.name} for ${q(X[0]!.task)}`,
        detail:
          "Let it do the first pass every time this week and check each result before it leaves your hands. Note what you had to fix.",
      },
      {
        kind: "skill",
        title: "Review AI output with a checklist",
        detail: `Turn the fixes you noted into a short checklist of the mistakes ${T[0]!.tool.name} makes on ${q(X[0]!.task)}, and use it on every review.`,
      },
      {
        kind: "project",
        title: `Scope ${q(P[0]!.title)}`,
        detail: "Write one paragraph: the real task it touches, what done looks like and how you will measure it.",
      },
    ],
    checkpoint: `You have a review checklist built from real mistakes on ${q(X[0]!.task)}.`,
  }),
  ({ T, X, P }) => ({
    focus: `Add ${pick(T, 1).tool.name} for ${q(pick(X, 1).task)}`,
    tasks: [
      adoptTool(pick(T, 1), pick(X, 1).task),
      {
        kind: "skill",
        title: "Write instructions an AI can follow",
        detail: `Write a reusable prompt or instruction for ${q(pick(X, 1).task)}: the context, your team's rules and one example of good output. Improve it each time the output misses.`,
      },
      {
        kind: "project",
        title: `Gather material for ${q(P[0]!.title)}`,
        detail: "Collect the real inputs the project needs — documents, data, examples — with anything confidential removed.",
      },
    ],
    checkpoint: `${T.length > 1 ? "Two tools are" : `${T[0]!.tool.name} is`} part of your routine and you have a reusable instruction for ${q(pick(X, 1).task)}.`,
  }),
  ({ T, X, P }) => ({
    focus: "Measure your first month",
    tasks: [
      {
        kind: "skill",
        title: "Compare with your baseline",
        detail: `Time ${q(X[0]!.task)} and ${q(pick(X, 1).task)} again. Write down the hours saved and the problems that remained.`,
      },
      {
        kind: "tool",
        title: "Keep what works",
        detail: `Keep the uses of ${T.length > 1 ? `${T[0]!.tool.name} and ${pick(T, 1).tool.name}` : T[0]!.tool.name} that saved time without hurting quality, drop the rest, and tell your team what you kept.`,
      },
      { kind: "project", title: `Start ${q(P[0]!.title)}`, detail: "Build the smallest version that works on one real case." },
    ],
    checkpoint: "You have a written before-and-after for two tasks and know which AI uses to keep.",
  }),
  ({ T, TS, P }) => ({
    focus: `Learn ${TS[0]!}`,
    tasks: [
      {
        kind: "skill",
        title: `Study ${TS[0]!}`,
        detail: "Work through one solid course, book chapter or documentation section, and note where it applies in your own work.",
      },
      { kind: "project", title: `Build ${q(P[0]!.title)}`, detail: P[0]!.description },
      {
        kind: "tool",
        title: `Study with ${pick(T, 2).tool.name}`,
        detail: `Ask it to explain, quiz you and review your notes on ${TS[0]!}.`,
      },
    ],
    checkpoint: `You can explain ${TS[0]!} to a colleague in five minutes, and ${q(P[0]!.title)} has a first version.`,
  }),
  ({ T, H, TS, P }) => ({
    focus: `Apply ${TS[0]!} to ${q(H[0]!.task)}`,
    tasks: [
      {
        kind: "skill",
        title: `Use ${TS[0]!} on real work`,
        detail: `Apply it to one real case of ${q(H[0]!.task)}. AI's part: ${inline(H[0]!.ai)}. Yours: ${inline(H[0]!.human)}.`,
      },
      {
        kind: "project",
        title: `Test ${q(P[0]!.title)} on real cases`,
        detail: "Run it on at least three real cases and write down where it fails and why.",
      },
      adoptTool(pick(T, 2), H[0]!.task),
    ],
    checkpoint: `You have used ${TS[0]!} on ${q(H[0]!.task)}, and you know where ${q(P[0]!.title)} fails.`,
  }),
  ({ T, X, TS, P }) => ({
    focus: `Learn ${TS[1]!}`,
    tasks: [
      {
        kind: "skill",
        title: `Study ${TS[1]!}`,
        detail: "Work through one solid course, book chapter or documentation section, and note where it applies in your own work.",
      },
      {
        kind: "project",
        title: `Finish and share ${q(P[0]!.title)}`,
        detail:
          "Write a one-page summary — the problem, what you built, the time saved, what still needs a person — and share it with your team or manager.",
      },
      adoptTool(pick(T, 3), pick(X, 2).task),
    ],
    checkpoint: `${q(P[0]!.title)} is finished and someone else has seen it.`,
  }),
  ({ T, X, TS, P }) => ({
    focus: `Hand off ${q(pick(X, 2).task)} and review month two`,
    tasks: [
      {
        kind: "tool",
        title: `Use ${T[0]!.tool.name} for ${q(pick(X, 2).task)}`,
        detail: "Apply your review checklist from week 2 and add the new mistakes you see.",
      },
      {
        kind: "skill",
        title: `Practise ${TS[1]!} on real work`,
        detail: "Use it on one real task this week, then ask a colleague who knows it well for feedback.",
      },
      { kind: "project", title: `Scope ${q(P[1]!.title)}`, detail: `${P[1]!.description} Write down what done looks like.` },
    ],
    checkpoint: `Three tasks now run with AI help under your review, and you have practised ${TS[1]!} on real work.`,
  }),
  ({ T, H, HS, P }) => ({
    focus: `Own the judgement in ${q(H[0]!.task)}`,
    tasks: [
      {
        kind: "skill",
        title: `Practise ${inline(HS[0]!)}`,
        detail: `Find two situations this week that call for it, for example during ${q(H[0]!.task)}. Afterwards, write down what you would do differently.`,
      },
      { kind: "project", title: `Build ${q(P[1]!.title)}`, detail: P[1]!.description },
      {
        kind: "tool",
        title: `Prepare with ${T[0]!.tool.name}, decide yourself`,
        detail: `Before ${q(H[0]!.task)}, ask it for options and risks. The decision stays yours: ${inline(H[0]!.human)}.`,
      },
    ],
    checkpoint: `You have two written reflections on ${inline(HS[0]!)} and a first version of ${q(P[1]!.title)}.`,
  }),
  ({ T, X, H, HS, P }) => ({
    focus: `Lead on ${q(pick(H, 1).task)}`,
    tasks: [
      {
        kind: "skill",
        title: `Practise ${inline(HS[1]!)}`,
        detail: `Use it in ${q(pick(H, 1).task)} this week and ask one person for honest feedback.`,
      },
      {
        kind: "tool",
        title: `Teach a colleague ${T[0]!.tool.name}`,
        detail: `Show a colleague how you use it for ${q(X[0]!.task)}, review checklist included. Explaining it shows what you really know.`,
      },
      {
        kind: "project",
        title: `Test ${q(P[1]!.title)} with a colleague`,
        detail: "Ask someone who does the same work to try it and tell you what is missing.",
      },
    ],
    checkpoint: `A colleague has seen how you work with ${T[0]!.tool.name}, and you have feedback on ${inline(HS[1]!)}.`,
  }),
  ({ T, P }) => {
    const last = T[T.length - 1]!;
    return {
      focus: "Make your work visible",
      tasks: [
        {
          kind: "project",
          title: `Finish ${q(P[1]!.title)}`,
          detail: "Write it up like the first one: the problem, what you built, the time saved, what still needs a person.",
        },
        {
          kind: "skill",
          title: "Write your case study",
          detail:
            "Summarise the eleven weeks on one page: the tasks you handed to AI, the hours saved, the judgement you kept. It is material for a review, a CV or an interview.",
        },
        {
          kind: "tool",
          title: `Stretch ${last.tool.name}`,
          detail: `${usedFor(last.tool)} Use it on the hardest task you still do by hand.`,
        },
      ],
      checkpoint: "You have two finished projects and a one-page case study.",
    };
  },
  ({ P }) => ({
    focus: "Review and set the next twelve weeks",
    tasks: [
      {
        kind: "skill",
        title: "Retake the assessment",
        detail: "Answer it for the week you have now and compare the score and the tasks with where you started.",
      },
      {
        kind: "project",
        title: "Present what you built",
        detail: `Show ${q(P[0]!.title)} and ${q(P[1]!.title)} to your team or manager and propose the next step${P[2] ? `, such as ${q(P[2].title)}` : ""}.`,
      },
      {
        kind: "tool",
        title: "Write down your AI routine",
        detail: "List which tool you use for which task each week, and pick the next one to learn.",
      },
    ],
    checkpoint: "You know how your exposure changed, and you have two projects to show and a plan for the next quarter.",
  }),
];

const PHASE_OF = (week: number): PlanPhase => PLAN_PHASES.find((p) => week >= p.weeks[0] && week <= p.weeks[1])!.phase;

/** Projects from the profile; if it has fewer than two, ones built from its own top tasks fill the gap. */
function projectsFor(profile: PlanProfile, X: AutomatedTask[], H: AugmentedTask[]): ProjectIdea[] {
  const fallback: ProjectIdea[] = [
    {
      title: `Hand off ${X[0]!.task.toLowerCase()}`,
      description: `Set up a repeatable way for an AI tool to do ${q(X[0]!.task)} with you reviewing, and measure the time it saves over four weeks.`,
    },
    {
      title: `A better ${H[0]!.task.toLowerCase()}`,
      description: `Use AI to prepare ${q(H[0]!.task)} — options, risks, drafts — and record the decisions that stayed with you.`,
    },
  ];
  return [...profile.projects, ...fallback.slice(profile.projects.length)];
}

/**
 * Builds the plan. With answers: tools least familiar first, automating tasks that take most of the
 * person's time first, augmenting tasks likewise (ties keep the profile's order). Without answers: the
 * profile's own order. Throws RangeError for hours outside 1–20 or a malformed start date (inputs are
 * validated before this is called).
 */
export function buildPlan(profile: PlanProfile, { answers, hours, start }: PlanOptions): Plan {
  if (!Number.isInteger(hours) || hours < MIN_HOURS || hours > MAX_HOURS)
    throw new RangeError(`hours per week must be a whole number from ${MIN_HOURS} to ${MAX_HOURS}, got ${hours}`);
  if (!isRealDate(start)) throw new RangeError(`start must be a date written YYYY-MM-DD, got ${start}`);

  const order = <T>(items: T[], weight: (i: number) => number): T[] =>
    items
      .map((item, i) => ({ item, i }))
      .sort((x, y) => weight(y.i) - weight(x.i) || x.i - y.i)
      .map((x) => x.item);
  const result = answers ? scoreAssessment(profile, answers) : undefined;
  const T = order(
    profile.skills.aiTools.map((tool, i) => ({ tool, familiarity: answers?.tools[i] })),
    (i) => (answers ? -answers.tools[i]! : 0),
  );
  // Note: a job with no AI tool worth learning (the profile says why) still has technology to master.
  if (T.length === 0) T.push({ tool: WORKPLACE_TECHNOLOGY, familiarity: undefined });
  const X = order(profile.automating, (i) => answers?.automating[i] ?? 0);
  const H = order(profile.augmenting, (i) => answers?.augmenting[i] ?? 0);
  const context: Context = {
    title: profile.title,
    T,
    X,
    H,
    TS: profile.skills.technical,
    HS: profile.skills.human,
    P: projectsFor(profile, X, H),
  };

  const tasksPerWeek: 2 | 3 = hours <= 2 ? 2 : 3;
  const split = splitHours(hours, WEIGHTS[tasksPerWeek]);
  const weeks = WEEKS.map((template, i): PlanWeek => {
    const draft = template(context);
    const week = i + 1;
    return {
      week,
      phase: PHASE_OF(week),
      starts: addDays(start, 7 * i),
      ends: addDays(start, 7 * i + 6),
      focus: draft.focus,
      tasks: draft.tasks.slice(0, tasksPerWeek).map((t, k) => ({ ...t, hours: split[k]! })),
      checkpoint: draft.checkpoint,
    };
  });

  const band = result?.band ?? profile.risk.level;
  const whose = answers ? "your week" : "this role's week";
  const summary =
    band === "high" || band === "very-high"
      ? `Much of ${whose} is work AI can already do, so the plan hands it to AI early, under your review, and moves your time toward the work you own.`
      : `Most of ${whose} is work AI supports rather than replaces, so the plan makes you faster at it with AI tools and deepens the skills around it.`;
  return {
    roleTitle: profile.title,
    hoursPerWeek: hours,
    tasksPerWeek,
    start,
    end: addDays(start, 7 * 12 - 1),
    personalised: answers !== undefined,
    band,
    summary,
    weeks,
  };
}
