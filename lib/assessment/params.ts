import { z } from "zod";
import { isRealDate } from "../check/dates";
import type { QueryRecord } from "../http/query";
import { MAX_OUTSIDE_SHARE, type AssessmentAnswers, type Familiarity, type TimeAnswer } from "./scoring";

/*
 * The query parameters of the assessment and the plan, validated with zod. Names are short and stable
 * because they end up in bookmarked and shared URLs:
 *
 *   a1…aN  time on the profile's N automating tasks, in profile order      0 none · 1 some · 2 a lot
 *   g1…gM  time on the profile's M augmenting tasks, in profile order      0 none · 1 some · 2 a lot
 *   o      percent of working time outside the listed tasks                whole number 0–90
 *   t1…tK  familiarity with the profile's K AI tools, in profile order     0 never · 1 tried · 2 weekly
 *   h      hours per week for the plan (plan only)                         whole number 1–20, default 3
 *   s      first day of the plan (plan only)                               YYYY-MM-DD, default next Monday
 *
 * The form accepts any subset of the answer fields (to pre-fill it), the result needs all of them, the plan
 * needs all or none. Every other parameter, a repeated one, an empty one where a value is required, or a
 * value out of range is an error that names the field.
 */

export const MIN_HOURS = 1;
export const MAX_HOURS = 20;
export const DEFAULT_HOURS = 3;
const MIN_START_YEAR = 2000;
const MAX_START_YEAR = 2099;

/**
 * What the answer fields depend on: the profile's automating and augmenting tasks and its AI tools, in
 * order (a1…aN, g1…gM, t1…tK). The proxy reads these from the build's request catalog, the pages from
 * the profile itself.
 */
export type AnswerProfile = {
  automating: readonly { task: string }[];
  augmenting: readonly { task: string }[];
  skills: { aiTools: readonly { name: string }[] };
};

/** One wrong parameter, worded for the reader. */
export type ParamError = {
  /** The parameter name, e.g. `a2`. */
  field: string;
  /** What the parameter is, e.g. `Time on “API contract design”`. */
  label: string;
  /** What is wrong, e.g. `expected 0, 1 or 2 (none, some, a lot), found “7”`. */
  message: string;
  /** The kind of problem, so a page can group the missing answers. */
  problem: "missing" | "invalid" | "unknown";
};

export type ParseResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      errors: ParamError[];
      /** The parameters that were valid, to send the reader back to the form with them kept. */
      kept: URLSearchParams;
    };

type FieldKind = "time-automating" | "time-augmenting" | "outside" | "tool" | "hours" | "start";
type Field = { name: string; label: string; kind: FieldKind; index: number };

/** The heading of a 400 page for these errors: "One answer is missing", "3 answers need fixing". */
export function invalidParamsHeading(errors: readonly ParamError[]): string {
  const missing = errors.filter((e) => e.problem === "missing");
  return errors.every((e) => e.problem === "missing")
    ? `${missing.length === 1 ? "One answer is" : `${missing.length} answers are`} missing`
    : `${errors.length === 1 ? "One answer needs" : `${errors.length} answers need`} fixing`;
}

/** The answer fields of a profile, in the order the form asks them. */
export function answerFields(profile: AnswerProfile): Field[] {
  return [
    ...profile.automating.map((t, i) => ({ name: `a${i + 1}`, label: `Time on “${t.task}”`, kind: "time-automating" as const, index: i })),
    ...profile.augmenting.map((t, i) => ({ name: `g${i + 1}`, label: `Time on “${t.task}”`, kind: "time-augmenting" as const, index: i })),
    { name: "o", label: "Share of your work outside the listed tasks", kind: "outside" as const, index: 0 },
    ...profile.skills.aiTools.map((t, i) => ({ name: `t${i + 1}`, label: `How often you use ${t.name}`, kind: "tool" as const, index: i })),
  ];
}

const PLAN_FIELDS: Field[] = [
  { name: "h", label: "Hours per week", kind: "hours", index: 0 },
  { name: "s", label: "Start date", kind: "start", index: 0 },
];

const MISSING = "is missing";

function describe(input: unknown): string {
  if (Array.isArray(input)) return "appears more than once; give it once";
  if (input === undefined) return MISSING;
  return `found “${String(input).slice(0, 40)}${String(input).length > 40 ? "…" : ""}”`;
}

/** "expected …, found …", or "is missing" / "appears more than once" when that is the problem. */
function expected(what: string) {
  return (issue: { input?: unknown }) => {
    const problem = describe(issue.input);
    return problem.startsWith("found") ? `expected ${what}, ${problem}` : problem;
  };
}

const emptyIsMissing = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema);

const TIME_VALUES = ["0", "1", "2"] as const;
const timeSchema = z.enum(TIME_VALUES, { error: expected("0, 1 or 2 (none, some, a lot)") }).transform((v) => Number(v) as TimeAnswer);
const toolSchema = z.enum(TIME_VALUES, { error: expected("0, 1 or 2 (never, tried, weekly)") }).transform((v) => Number(v) as Familiarity);

function intSchema(min: number, max: number) {
  const what = `a whole number from ${min} to ${max}`;
  return z
    .string({ error: expected(what) })
    .regex(/^\d{1,6}$/, { error: expected(what), abort: true })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: expected(what) })
        .max(max, { error: expected(what) }),
    );
}

const startSchema = z
  .string({ error: expected("a date written YYYY-MM-DD") })
  // Note: zod runs every check even after one fails, so each refinement must cope with any string.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: expected("a date written YYYY-MM-DD"), abort: true })
  .refine(isRealDate, { error: expected("a real calendar date"), abort: true })
  .refine(
    (v) => {
      const year = Number(v.slice(0, 4));
      return year >= MIN_START_YEAR && year <= MAX_START_YEAR;
    },
    { error: expected(`a date between ${MIN_START_YEAR} and ${MAX_START_YEAR}`) },
  );

function schemaFor(field: Field): z.ZodType {
  switch (field.kind) {
    case "time-automating":
    case "time-augmenting":
      return timeSchema;
    case "outside":
      return intSchema(0, MAX_OUTSIDE_SHARE);
    case "tool":
      return toolSchema;
    case "hours":
      return intSchema(MIN_HOURS, MAX_HOURS);
    case "start":
      return startSchema;
  }
}

type Parsed = { values: Map<string, unknown>; errors: ParamError[]; kept: URLSearchParams };

/**
 * Validates `query` against `fields` (each required or optional) in one strict zod object, so unknown keys
 * are caught too. Errors come back in form order, unknown keys last.
 */
function parseFields(query: QueryRecord, fields: { field: Field; required: boolean }[]): Parsed {
  const shape: Record<string, z.ZodType> = {};
  for (const { field, required } of fields) shape[field.name] = emptyIsMissing(required ? schemaFor(field) : schemaFor(field).optional());
  const result = z.strictObject(shape).safeParse(query);

  const byName = new Map(fields.map(({ field }) => [field.name, field]));
  const errors: ParamError[] = [];
  const unknown: ParamError[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          unknown.push({
            field: key,
            label: `“${key.slice(0, 40)}”`,
            message: "is not a question on this page; remove it",
            problem: "unknown",
          });
        continue;
      }
      const name = String(issue.path[0]);
      const field = byName.get(name);
      if (field && !errors.some((e) => e.field === name))
        errors.push({
          field: name,
          label: field.label,
          message: issue.message,
          problem: issue.message === MISSING ? "missing" : "invalid",
        });
    }
  }
  const order = fields.map(({ field }) => field.name);
  errors.sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field));

  const kept = new URLSearchParams();
  const values = new Map<string, unknown>();
  for (const name of order) {
    if (errors.some((e) => e.field === name)) continue;
    const raw = query[name];
    if (typeof raw !== "string" || raw === "") continue;
    kept.set(name, raw);
    const single = schemaFor(byName.get(name)!).safeParse(raw);
    if (single.success) values.set(name, single.data);
  }
  return { values, errors: [...errors, ...unknown], kept };
}

function answersFrom(profile: AnswerProfile, values: Map<string, unknown>): AssessmentAnswers {
  return {
    automating: profile.automating.map((_, i) => values.get(`a${i + 1}`) as TimeAnswer),
    augmenting: profile.augmenting.map((_, i) => values.get(`g${i + 1}`) as TimeAnswer),
    outside: values.get("o") as number,
    tools: profile.skills.aiTools.map((_, i) => values.get(`t${i + 1}`) as Familiarity),
  };
}

/** Answers given so far, by field name, to pre-fill the form. */
export type FormPrefill = Record<string, number>;

/** The form's query: any subset of the answer fields, nothing else. */
export function parseFormQuery(profile: AnswerProfile, query: QueryRecord): ParseResult<FormPrefill> {
  const parsed = parseFields(
    query,
    answerFields(profile).map((field) => ({ field, required: false })),
  );
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors, kept: parsed.kept };
  return { ok: true, value: Object.fromEntries(parsed.values) as FormPrefill };
}

/** The result's query: every answer field, nothing else. */
export function parseResultQuery(profile: AnswerProfile, query: QueryRecord): ParseResult<AssessmentAnswers> {
  const parsed = parseFields(
    query,
    answerFields(profile).map((field) => ({ field, required: true })),
  );
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors, kept: parsed.kept };
  return { ok: true, value: answersFrom(profile, parsed.values) };
}

export type PlanParams = {
  /** The person's answers, or undefined for a plan from the profile's defaults. */
  answers?: AssessmentAnswers;
  hours: number;
  /** First day of week 1, YYYY-MM-DD. */
  start: string;
  /** Whether `start` was given (false: it is the default, next Monday). */
  startGiven: boolean;
};

/**
 * The plan's query: all answer fields or none, plus optional `h` and `s`. `today` (YYYY-MM-DD) decides
 * the default start date.
 */
export function parsePlanQuery(profile: AnswerProfile, query: QueryRecord, today: string): ParseResult<PlanParams> {
  const answerNames = answerFields(profile).map((f) => f.name);
  const anyAnswer = answerNames.some((name) => Object.hasOwn(query, name));
  const parsed = parseFields(query, [
    ...answerFields(profile).map((field) => ({ field, required: anyAnswer })),
    ...PLAN_FIELDS.map((field) => ({ field, required: false })),
  ]);
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors, kept: parsed.kept };
  const start = parsed.values.get("s") as string | undefined;
  return {
    ok: true,
    value: {
      answers: anyAnswer ? answersFrom(profile, parsed.values) : undefined,
      hours: (parsed.values.get("h") as number | undefined) ?? DEFAULT_HOURS,
      start: start ?? nextMonday(today),
      startGiven: start !== undefined,
    },
  };
}

/** Today's date in UTC, YYYY-MM-DD: the default plan starts the Monday after it. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The first Monday strictly after `today` (YYYY-MM-DD), in UTC. */
export function nextMonday(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const day = date.getUTCDay(); // 0 Sunday … 6 Saturday
  date.setUTCDate(date.getUTCDate() + ((8 - day) % 7 || 7));
  return date.toISOString().slice(0, 10);
}

/** The query that encodes a set of answers, in form order. */
export function answersToQuery(answers: AssessmentAnswers): URLSearchParams {
  const params = new URLSearchParams();
  answers.automating.forEach((x, i) => params.set(`a${i + 1}`, String(x)));
  answers.augmenting.forEach((x, i) => params.set(`g${i + 1}`, String(x)));
  params.set("o", String(answers.outside));
  answers.tools.forEach((x, i) => params.set(`t${i + 1}`, String(x)));
  return params;
}

/** The plan's query for these settings; `s` only when it was chosen, so a bookmark keeps "next Monday". */
export function planToQuery(plan: Pick<PlanParams, "answers" | "hours" | "start" | "startGiven">): URLSearchParams {
  const params = plan.answers ? answersToQuery(plan.answers) : new URLSearchParams();
  params.set("h", String(plan.hours));
  if (plan.startGiven) params.set("s", plan.start);
  return params;
}

/** Only the answer fields of a query (e.g. the kept part of a failed plan query), for a link back to the form. */
export function onlyAnswers(profile: AnswerProfile, params: URLSearchParams): URLSearchParams {
  const names = new Set(answerFields(profile).map((f) => f.name));
  return new URLSearchParams([...params].filter(([key]) => names.has(key)));
}

/** "?a=1" or "" — for building hrefs. */
export function withQuery(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
