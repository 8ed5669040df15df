import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { knownKeysAt } from "@/lib/content/issues";
import type { Problem } from "@/lib/check/problems";
import { formatReport } from "@/lib/check/report";
import { RoleFrontmatterSchema } from "@/lib/content/schema";

const VSCODE = path.join(__dirname, "..", "..", ".vscode");

/** VS Code's settings files allow // comments on their own lines. */
function readJsonc(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(VSCODE, file), "utf8").replace(/^\s*\/\/.*$/gm, ""));
}

type Matcher = { severity: string; pattern: { regexp: string }; background?: { beginsPattern: string; endsPattern: string } };
type Task = { label: string; problemMatcher: Matcher[] };

const problems: Problem[] = [
  {
    severity: "error",
    file: "content/roles/a.md",
    line: 15,
    column: 3,
    field: "risk.level",
    message: 'expected one of low | medium | high | very-high, found "meduim" — did you mean "medium"?',
  },
  {
    severity: "error",
    file: "content/roles/Backend Dev.md",
    line: 1,
    column: 1,
    field: "(file name)",
    message: 'file name must be lower-case kebab-case ending in .md (it becomes the URL), e.g. "backend-dev.md"',
  },
  {
    severity: "warning",
    file: "content/roles/a.md",
    line: 85,
    column: 1,
    field: "related",
    message: "no related roles: readers leave the page with nowhere to go",
  },
];
const output = formatReport({ problems, counts: { roles: 2, articles: 0, categories: 1 }, elapsedMs: 12 }, "text").split("\n");

describe("VS Code tasks underline the check's findings", () => {
  const tasks = (readJsonc("tasks.json") as { tasks: Task[] }).tasks;

  it.each(tasks.map((t) => [t.label, t] as const))(
    "%s: each line is matched once, with its severity, file, line and column",
    (_label, task) => {
      const found: [string, string, string, string, string][] = [];
      for (const line of output) {
        for (const matcher of task.problemMatcher) {
          const m = new RegExp(matcher.pattern.regexp).exec(line);
          if (m) found.push([matcher.severity, m[1]!, m[2]!, m[3]!, m[4]!]);
        }
      }
      expect(found).toEqual([
        ["error", "content/roles/a.md", "15", "3", "risk.level"],
        ["warning", "content/roles/a.md", "85", "1", "related"],
        ["error", "content/roles/Backend Dev.md", "1", "1", "(file name)"],
      ]);
    },
  );

  it("the watch task knows where each run begins and ends", () => {
    const watch = tasks.find((t) => t.label === "Check content (watch)")!;
    for (const matcher of watch.problemMatcher) {
      expect("Checking content… (10:42:00)").toMatch(new RegExp(matcher.background!.beginsPattern));
      expect(output.find((l) => l.startsWith("✗"))).toMatch(new RegExp(matcher.background!.endsPattern));
      expect("✓ 0 errors, 0 warnings — checked 1 role, 0 articles and 1 category.").toMatch(new RegExp(matcher.background!.endsPattern));
    }
  });
});

describe("VS Code settings and snippets", () => {
  it("points the YAML extension at committed schemas", () => {
    const settings = readJsonc("settings.json") as { "yaml.schemas": Record<string, string[]> };
    for (const schema of Object.keys(settings["yaml.schemas"])) expect(fs.existsSync(path.join(VSCODE, "..", schema)), schema).toBe(true);
  });

  const WHERE: Record<string, (string | number)[]> = {
    "rc-risk": ["risk"],
    "rc-automating": ["automating", 0],
    "rc-augmenting": ["augmenting", 0],
    "rc-ai-tool": ["skills", "aiTools", 0],
    "rc-faq": ["faq", 0],
    "rc-project": ["projects", 0],
    "rc-source": ["sources", 0],
    "rc-change": ["changelog", 0],
  };
  const snippets = Object.values(readJsonc("role-compass.code-snippets") as Record<string, { prefix: string; body: string[] }>);

  it("has a snippet for every list of objects an editor fills in", () => {
    expect(snippets.map((s) => s.prefix).sort()).toEqual(Object.keys(WHERE).sort());
  });

  it.each(snippets.map((s) => [s.prefix, s] as const))("%s writes only fields the schema knows", (prefix, snippet) => {
    // Tab stops and variables become sample text; the result must be YAML with the schema's field names.
    const text = snippet.body
      .join("\n")
      .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, "$1")
      .replace(/\$\{\d+:[^}]*\}|\$\d+|\$[A-Z_]+/g, "x");
    const data = parse(text) as unknown;
    const item = (Array.isArray(data) ? data[0] : (data as Record<string, unknown>).risk) as Record<string, unknown>;
    const known = knownKeysAt(RoleFrontmatterSchema, WHERE[prefix]!);
    expect(known.length).toBeGreaterThan(0);
    for (const key of Object.keys(item)) expect(known, `${prefix}: ${key}`).toContain(key);
  });
});
