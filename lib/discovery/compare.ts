import type { Role } from "../content/types";
import type { QueryValue } from "../http/query";

/*
 * /compare?roles=a,b[,c]: reading and checking the parameter, and working out which skills the chosen
 * roles share and which each one adds. No React, no file access: callers pass the known slugs and roles.
 */

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 3;

export type CompareCheck =
  /** No `roles` parameter at all: show the picker. */
  | { kind: "picker" }
  | { kind: "ok"; slugs: string[] }
  /** Something is wrong: every problem, in words a reader can act on, and the valid slugs to keep. */
  | { kind: "invalid"; problems: string[]; slugs: string[] };

const MAX_SHOWN = 60;

/** A user-supplied value, shortened for quoting in a message. */
function quote(value: string): string {
  return `“${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}”`;
}

/** The slugs named by `roles`, whether written `roles=a,b` or repeated (`roles=a&roles=b`, as the picker sends). */
export function splitRolesParam(raw: QueryValue): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== "");
}

/**
 * Checks `roles` against the published roles: two or three different, known slugs. Every problem is
 * reported at once, e.g. an unknown slug and a repeated one.
 */
export function parseCompareQuery(raw: QueryValue, known: ReadonlySet<string>): CompareCheck {
  if (raw === undefined) return { kind: "picker" };
  const requested = splitRolesParam(raw);
  const problems: string[] = [];
  const unknown = [...new Set(requested.filter((slug) => !known.has(slug)))];
  for (const slug of unknown) problems.push(`We have no role called ${quote(slug)}. Check the spelling, or choose from the lists below.`);
  const seen = new Set<string>();
  for (const slug of requested) {
    if (seen.has(slug) && known.has(slug)) problems.push(`${quote(slug)} is listed more than once: choose different roles.`);
    seen.add(slug);
  }
  const slugs = [...seen].filter((slug) => known.has(slug));
  if (requested.length === 0) problems.push(`No roles were chosen: choose ${MIN_COMPARED} or ${MAX_COMPARED} roles to compare.`);
  else if (requested.length < MIN_COMPARED) problems.push(`Only one role was chosen: choose at least ${MIN_COMPARED} to compare.`);
  else if (requested.length > MAX_COMPARED)
    problems.push(`${requested.length} roles were chosen: compare at most ${MAX_COMPARED} at a time.`);
  return problems.length > 0
    ? { kind: "invalid", problems: [...new Set(problems)], slugs: slugs.slice(0, MAX_COMPARED) }
    : { kind: "ok", slugs };
}

/** The canonical address of a comparison: `/compare?roles=a,b`. */
export function compareHref(slugs: readonly string[]): string {
  return `/compare?roles=${slugs.join(",")}`;
}

/**
 * Whether a valid request should be redirected to its canonical address: the picker sends
 * `roles=a&roles=b&roles=` (one parameter per list, the unused one empty), and shared links may have spaces
 * or capitals. Returns the address to redirect to, or undefined when the request is already canonical.
 */
export function canonicalCompareRedirect(rawValues: readonly string[], check: CompareCheck): string | undefined {
  if (check.kind !== "ok") return undefined;
  const canonical = check.slugs.join(",");
  return rawValues.length === 1 && rawValues[0] === canonical ? undefined : compareHref(check.slugs);
}

export type SkillKind = "AI tool" | "technical" | "human";
export type SkillItem = { name: string; kind: SkillKind };

/** A skill every compared role lists; `variants` holds the other roles' wording when it differs. */
export type SharedSkill = SkillItem & { variants: string[] };

export type SkillComparison = {
  shared: SharedSkill[];
  /** For each role, in order: the skills it lists beyond those all the roles share. */
  toAdd: SkillItem[][];
};

export function skillsOf(role: Pick<Role, "skills">): SkillItem[] {
  return [
    ...role.skills.aiTools.map((t) => ({ name: t.name, kind: "AI tool" as const })),
    ...role.skills.technical.map((name) => ({ name, kind: "technical" as const })),
    ...role.skills.human.map((name) => ({ name, kind: "human" as const })),
  ];
}

const FILLER = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "or",
  "so",
  "such",
  "that",
  "the",
  "their",
  "them",
  "they",
  "this",
  "to",
  "with",
  "you",
  "your",
  "who",
  "when",
  "what",
  "without",
  "not",
  "no",
]);

/** Meaningful words with plural and -ing endings trimmed, so "forecasting" meets "forecast". */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z0-9+#]+/)) {
    if (word.length < 2 || FILLER.has(word)) continue;
    let stem = word;
    if (stem.length > 5 && stem.endsWith("ing")) stem = stem.slice(0, -3);
    else if (stem.length > 3 && stem.endsWith("s") && !stem.endsWith("ss")) stem = stem.slice(0, -1);
    out.add(stem);
  }
  return out;
}

/**
 * "Claude Code or ChatGPT" → {"claude code", "chatgpt"}; "CoCounsel (Thomson Reuters)" → {"cocounsel"};
 * "QuickBooks Online with Intuit Assist" → {"quickbooks online", "intuit assist"}; "Copilot in Excel" → {"copilot"}.
 */
function toolNames(name: string): Set<string> {
  return new Set(
    name
      .replace(/\([^)]*\)/g, " ")
      .split(/\s+or\s+|\s+with\s+|\s*\/\s*|\s*,\s*/i)
      .map((part) =>
        part
          .replace(/\s+in\s+.*$/i, "")
          .trim()
          .toLowerCase(),
      )
      .filter((part) => part !== ""),
  );
}

/**
 * Whether two listed skills are the same skill. AI tools match when they name a tool in common (an
 * alternative such as "X or Y" counts). Other skills match when worded the same, or when every
 * meaningful word of one (two at least) is in the other: "Cash-flow forecasting" is part of "Monthly
 * reporting and cash-flow forecasting". Note: looser word overlap was tried and paired unrelated skills
 * ("System design …" with "Design tokens and design-system …"), which would mislead a reader deciding
 * what to learn; a missed match only lists a skill under "to add".
 */
export function sameSkill(a: SkillItem, b: SkillItem): boolean {
  if (a.kind !== b.kind) return false;
  if (a.name.trim().toLowerCase() === b.name.trim().toLowerCase()) return true;
  if (a.kind === "AI tool") {
    const bTools = toolNames(b.name);
    return [...toolNames(a.name)].some((t) => bTools.has(t));
  }
  const [small, large] = [stems(a.name), stems(b.name)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  return small.size >= 2 && [...small].every((w) => large.has(w));
}

/** The skills all the roles share, and what each role adds beyond them. */
export function compareSkills(roles: readonly Pick<Role, "skills">[]): SkillComparison {
  const lists = roles.map(skillsOf);
  const [first = [], ...others] = lists;
  const shared: SharedSkill[] = [];
  const sharedItems = lists.map(() => new Set<SkillItem>());
  for (const item of first) {
    const matches = others.map((list) => list.find((other) => sameSkill(item, other)));
    if (matches.some((m) => m === undefined)) continue;
    sharedItems[0]!.add(item);
    matches.forEach((m, i) => sharedItems[i + 1]!.add(m!));
    const variants = [...new Set(matches.map((m) => m!.name).filter((name) => name.toLowerCase() !== item.name.toLowerCase()))];
    shared.push({ ...item, variants });
  }
  const toAdd = lists.map((list, i) => list.filter((item) => !sharedItems[i]!.has(item)));
  return { shared, toAdd };
}
