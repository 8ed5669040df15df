/**
 * `npm run check-content [-- --json | --format github] [--root DIR]`
 *
 * Validates every content file and prints every problem at once, grouped per file, as
 * `path:line:col field — message`. Exit 1 on any error; warnings are printed but pass.
 */
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { formatProblem, type Problem } from "../lib/content/problems";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = path.resolve(argValue("--root") ?? process.cwd());
const format = process.argv.includes("--json") ? "json" : (argValue("--format") ?? "text");
if (!["text", "json", "github"].includes(format)) {
  console.error(`Unknown --format "${format}": expected text, json or github.`);
  process.exit(2);
}

const started = performance.now();
const content = loadContent(root);
const elapsed = performance.now() - started;
const errors = content.problems.filter((p) => p.severity === "error");
const warnings = content.problems.filter((p) => p.severity === "warning");

if (format === "json") {
  console.log(
    JSON.stringify(
      { ok: errors.length === 0, roles: content.roles.length, articles: content.articles.length, errors: errors.length, warnings: warnings.length, problems: content.problems },
      null,
      2,
    ),
  );
} else if (format === "github") {
  // GitHub Actions workflow commands: each finding shows up on its line of the pull request.
  const escape = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => escape(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  for (const p of content.problems) {
    console.log(`::${p.severity} file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop(p.field)}::${escape(`${p.field} — ${p.message}`)}`);
  }
  console.log(`${errors.length} error(s), ${warnings.length} warning(s) in ${content.roles.length} roles and ${content.articles.length} articles.`);
} else {
  const byFile = new Map<string, Problem[]>();
  for (const p of content.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, problems] of byFile) {
    console.log(`\n${file}`);
    for (const p of problems) console.log(`  ${formatProblem(p)}`);
  }
  const summary = `${errors.length} error${errors.length === 1 ? "" : "s"}, ${warnings.length} warning${warnings.length === 1 ? "" : "s"} — checked ${content.roles.length} roles, ${content.articles.length} articles and ${content.categories.length} categories in ${elapsed.toFixed(0)} ms.`;
  console.log(errors.length ? `\n✗ ${summary}` : `${byFile.size ? "\n" : ""}✓ ${summary}`);
}
process.exit(errors.length ? 1 : 0);
