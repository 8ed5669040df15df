import { formatProblem, type Problem } from "./problems";
import { plural } from "./text";

export type ReportFormat = "text" | "json" | "github";

export type ReportInput = {
  problems: readonly Problem[];
  counts: { roles: number; articles: number; categories: number };
  /** How long the check took, for the text summary. */
  elapsedMs?: number;
};

/** Escapes a workflow command's message (GitHub Actions reads `%`, CR and LF specially). */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow command's property value, where `:` and `,` also separate fields. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * `::error file=…,line=…,col=…,title=…::…` — GitHub shows each one on its line of the pull request's
 * changed files.
 */
export function githubAnnotation(problem: Problem): string {
  const props = `file=${escapeGithubProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeGithubProperty(problem.field)}`;
  return `::${problem.severity} ${props}::${escapeGithubData(`${problem.field} — ${problem.message}`)}`;
}

/**
 * The check's output. Text: problems grouped per file, then a summary. GitHub: one annotation per
 * problem, errors first (GitHub shows only the first few of each kind per step), then the summary.
 * JSON: the same findings for tools.
 */
export function formatReport(input: ReportInput, format: ReportFormat): string {
  const errors = input.problems.filter((p) => p.severity === "error");
  const warnings = input.problems.filter((p) => p.severity === "warning");
  const { roles, articles, categories } = input.counts;
  if (format === "json") {
    return JSON.stringify(
      { ok: errors.length === 0, roles, articles, categories, errors: errors.length, warnings: warnings.length, problems: input.problems },
      null,
      2,
    );
  }
  const counted = `${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`;
  const checked = `checked ${plural(roles, "role")}, ${plural(articles, "article")} and ${plural(categories, "category").replace(/ys$/, "ies")}`;
  const timing = input.elapsedMs === undefined ? "" : ` in ${input.elapsedMs.toFixed(0)} ms`;
  if (format === "github") {
    return [...errors, ...warnings].map(githubAnnotation).concat(`${counted} — ${checked}.`).join("\n");
  }
  const byFile = new Map<string, Problem[]>();
  for (const p of input.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, problems] of byFile) {
    lines.push("", file);
    for (const p of problems) lines.push(`  ${formatProblem(p)}`);
  }
  if (lines.length) lines.push("");
  lines.push(`${errors.length ? "✗" : "✓"} ${counted} — ${checked}${timing}.`);
  if (errors.length) lines.push("Fix the errors above (file:line:column field — what is wrong), then run `npm run check-content` again.");
  return lines.join("\n").replace(/^\n/, "");
}
