/**
 * `npm run check-content [-- --json | --format text|json|github] [--root DIR] [--watch]`
 *
 * Validates every content file and prints every problem at once, grouped per file, as
 * `path:line:col field — message`. Exit 1 on any error; warnings are printed but pass.
 * `--format github` prints GitHub Actions annotations; `--watch` checks again on every change (the
 * VS Code task "Check content (watch)" uses it to underline problems in the editor).
 */
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { formatReport, type ReportFormat } from "../lib/check/report";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = path.resolve(argValue("--root") ?? process.cwd());
const format = (process.argv.includes("--json") ? "json" : (argValue("--format") ?? "text")) as ReportFormat;
if (!["text", "json", "github"].includes(format)) {
  console.error(`Unknown --format "${format}": expected text, json or github.`);
  process.exit(2);
}
if (!fs.existsSync(path.join(root, "content"))) {
  console.error(`No content/ folder in ${root}: run from the repository root or pass --root DIR.`);
  process.exit(2);
}

/** Checks the tree once, prints the report and says whether it had errors. */
function check(): boolean {
  const started = performance.now();
  const content = loadContent(root);
  const elapsedMs = performance.now() - started;
  // Counted by file, valid or not: what was checked, not what passed.
  const counts = {
    roles: content.sources.roleFiles.size,
    articles: content.sources.articleFiles.size,
    categories: content.categories.length,
  };
  console.log(formatReport({ problems: content.problems, counts, elapsedMs }, format));
  // Note: said once per check (and so once per build, which runs the check first); pages then show no dates.
  if (content.historyNote && format === "text") console.log(`Note: dates not checked and not shown — ${content.historyNote}.`);
  return content.problems.some((p) => p.severity === "error");
}

if (process.argv.includes("--watch")) {
  // Note: the "Checking content…" line and the summary line delimit each run for VS Code's problem matcher.
  const run = () => {
    console.log(`\nChecking content… (${new Date().toLocaleTimeString()})`);
    check();
  };
  run();
  let timer: NodeJS.Timeout | undefined;
  fs.watch(path.join(root, "content"), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
} else {
  process.exit(check() ? 1 : 0);
}
