import { bandForShare, type RiskLevel } from "../content/risk";
import type { AiTool, AugmentedTask, AutomatedTask, RoleFrontmatter } from "../content/schema";

/*
 * The personal AI-exposure assessment. Pure: no I/O, no React, no clock. The methodology page
 * (components/methodology/assessment-formula.tsx) explains the same formula in prose; keep them in step.
 */

/** How much of a person's week a listed task takes: 0 none, 1 some, 2 a lot. */
export type TimeAnswer = 0 | 1 | 2;
/** How familiar a person is with an AI tool: 0 never used, 1 tried, 2 uses it weekly. */
export type Familiarity = 0 | 1 | 2;

export const TIME_LABELS: Record<TimeAnswer, string> = { 0: "None", 1: "Some", 2: "A lot" };
export const FAMILIARITY_LABELS: Record<Familiarity, string> = { 0: "Never used", 1: "Tried it", 2: "Use it weekly" };

/**
 * Hours-like weight of each time answer. "A lot" counts three times "some": a task that fills a day or
 * more of the week against one that takes a few hours.
 */
export const TIME_WEIGHTS: Record<TimeAnswer, number> = { 0: 0, 1: 1, 2: 3 };

/** Highest accepted "share of work outside the listed tasks", in percent. */
export const MAX_OUTSIDE_SHARE = 90;

/** What a person answered. Arrays follow the profile's order of tasks and tools. */
export type AssessmentAnswers = {
  /** One answer per `automating` task of the profile. */
  automating: TimeAnswer[];
  /** One answer per `augmenting` task of the profile. */
  augmenting: TimeAnswer[];
  /** Percent (0–90) of the person's working time spent on work the profile does not list. */
  outside: number;
  /** One answer per `skills.aiTools` entry of the profile. */
  tools: Familiarity[];
};

/** The parts of a role profile the assessment reads. */
export type AssessmentProfile = Pick<RoleFrontmatter, "title" | "automating" | "augmenting" | "risk"> & {
  skills: Pick<RoleFrontmatter["skills"], "aiTools" | "technical" | "human">;
};

export type ExposedTask = AutomatedTask & { answer: TimeAnswer; index: number };
export type HumanTask = AugmentedTask & { answer: TimeAnswer; index: number };

export type PrioritySkill = {
  kind: "tool" | "technical" | "human";
  name: string;
  /** One or two sentences on why this skill comes up for this person. */
  why: string;
};

export type AssessmentResult = {
  /** Personal exposure score: the estimated percent (0–100, whole number) of the person's working time on tasks AI can already do end to end. */
  score: number;
  /** The band of `score`, with the same thresholds as a role's rating (lib/content/risk.ts). */
  band: RiskLevel;
  /** The role's own automatable share, for comparison. */
  roleShare: number;
  /** Percent of working time on the listed tasks (100 − outside). */
  listedShare: number;
  /** True when every listed task was answered "none": the score is then 0 by definition. */
  noListedTasks: boolean;
  /** Up to three automating tasks the person does, most time first. */
  mostExposed: ExposedTask[];
  /** Up to three augmenting tasks the person does, most time first: where their judgement is the work. */
  strongestHuman: HumanTask[];
  /** Exactly three skills, most urgent first. */
  skills: PrioritySkill[];
  /** How many of the profile's tools the person uses weekly. */
  toolsUsedWeekly: number;
};

/** Throws when the answers do not fit the profile (a programming error: params are validated before). */
function assertFits(profile: AssessmentProfile, answers: AssessmentAnswers): void {
  const fits =
    answers.automating.length === profile.automating.length &&
    answers.augmenting.length === profile.augmenting.length &&
    answers.tools.length === profile.skills.aiTools.length &&
    Number.isInteger(answers.outside) &&
    answers.outside >= 0 &&
    answers.outside <= MAX_OUTSIDE_SHARE;
  if (!fits) throw new RangeError(`answers do not fit the profile of ${profile.title}`);
}

/**
 * Lets a profile phrase continue a sentence: lower-cases a leading capital when the first word is an
 * ordinary capitalised word ("Planning…" → "planning…", but "GitHub…" and "SQL…" stay), and drops a final
 * full stop.
 */
export function continueSentence(phrase: string): string {
  const lower =
    /^[A-Z][a-z]+\b/.test(phrase) && !/^[A-Z][a-z]*[A-Z]/.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
  return lower.replace(/\.$/, "");
}

/** Stable sort by answer, most time first; ties keep the profile's order. */
function byTimeThenOrder<T extends { answer: TimeAnswer; index: number }>(items: T[]): T[] {
  return [...items].sort((x, y) => y.answer - x.answer || x.index - y.index);
}

/** The summed time weights of a list of answers (A or G in the formula). */
export function sumWeights(answers: TimeAnswer[]): number {
  return answers.reduce<number>((sum, x) => sum + TIME_WEIGHTS[x], 0);
}

/**
 * The exposure share before rounding:
 *
 *   share = (100 − outside) × A / (A + G)
 *
 * where A and G are the summed time weights (none 0, some 1, a lot 3) of the automating and the augmenting
 * tasks the person answered. It is the role methodology's "automatable share" applied to one person's week:
 * the listed tasks fill (100 − outside)% of it, shared out by the weights, and only automating tasks count as
 * automatable. When every listed task is "none" (A + G = 0) the share is 0.
 */
export function computeExposureShare(answers: Pick<AssessmentAnswers, "automating" | "augmenting" | "outside">): number {
  const a = sumWeights(answers.automating);
  const g = sumWeights(answers.augmenting);
  if (a + g === 0) return 0;
  return ((100 - answers.outside) * a) / (a + g);
}

/** The least familiar tool (never before tried); ties keep the profile's order. Undefined if all are used weekly. */
export function leastFamiliarTool(tools: AiTool[], familiarity: Familiarity[]): { tool: AiTool; familiarity: Familiarity } | undefined {
  let best: { tool: AiTool; familiarity: Familiarity } | undefined;
  tools.forEach((tool, i) => {
    const f = familiarity[i] ?? 0;
    if (f < 2 && (!best || f < best.familiarity)) best = { tool, familiarity: f };
  });
  return best;
}

/**
 * Scores one person's answers against a role profile.
 *
 * - `score` = round(share) with `computeExposureShare`, and `band` = `bandForShare(score)`.
 * - `mostExposed`: the automating tasks answered "some" or "a lot", "a lot" first, at most three.
 * - `strongestHuman`: the augmenting tasks answered "some" or "a lot", "a lot" first, at most three.
 * - `skills`: the least familiar AI tool (skipped when every tool is used weekly: a second technical skill
 *   takes its place), the profile's first technical skill and its first human skill. For a low or medium
 *   score the tool comes first (use AI on the work you have); for high or very high the human skill comes
 *   first (move your week toward the work that stays with people).
 */
export function scoreAssessment(profile: AssessmentProfile, answers: AssessmentAnswers): AssessmentResult {
  assertFits(profile, answers);
  const score = Math.round(computeExposureShare(answers));
  const band = bandForShare(score);
  const listedShare = 100 - answers.outside;
  const noListedTasks = [...answers.automating, ...answers.augmenting].every((x) => x === 0);

  const mostExposed = byTimeThenOrder(profile.automating.map((t, index) => ({ ...t, answer: answers.automating[index]!, index })))
    .filter((t) => t.answer > 0)
    .slice(0, 3);
  const strongestHuman = byTimeThenOrder(profile.augmenting.map((t, index) => ({ ...t, answer: answers.augmenting[index]!, index })))
    .filter((t) => t.answer > 0)
    .slice(0, 3);

  const { technical, human, aiTools } = profile.skills;
  const tool = leastFamiliarTool(aiTools, answers.tools);
  const toolSkill: PrioritySkill | undefined = tool && {
    kind: "tool",
    name: tool.tool.name,
    why: `${tool.familiarity === 0 ? "You have not used it yet." : "You have tried it but do not use it weekly yet."} In this role it is used for ${continueSentence(tool.tool.use)}.`,
  };
  const technicalSkill: PrioritySkill = {
    kind: "technical",
    name: technical[0]!,
    why: `The first technical skill on the ${profile.title} profile: it moves your week toward work AI supports rather than replaces.`,
  };
  const secondTechnical: PrioritySkill = {
    kind: "technical",
    name: technical[1]!,
    why:
      aiTools.length === 0
        ? "This profile lists no AI tool to learn first, so the next gain is a deeper technical skill."
        : "You already use every AI tool on this profile weekly, so the next gain is a deeper technical skill.",
  };
  const anchor = strongestHuman[0];
  const humanSkill: PrioritySkill = {
    kind: "human",
    name: human[0]!,
    why: anchor
      ? `It underpins the judgement in “${anchor.task}”, the human-in-the-loop task that takes most of your time.`
      : "It underpins the judgement work that stays with people as AI takes over routine tasks.",
  };
  const first = toolSkill ?? secondTechnical;
  const skills = band === "high" || band === "very-high" ? [humanSkill, technicalSkill, first] : [first, technicalSkill, humanSkill];

  return {
    score,
    band,
    roleShare: profile.risk.automatableShare,
    listedShare,
    noListedTasks,
    mostExposed,
    strongestHuman,
    skills,
    toolsUsedWeekly: answers.tools.filter((f) => f === 2).length,
  };
}
