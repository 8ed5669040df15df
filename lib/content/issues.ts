import type { z } from "zod";
import { didYouMean, formatField, suggest, type Problem } from "../check/problems";
import { plural } from "../check/text";
import type { YamlSource } from "./source";

/** Describes a found value briefly, for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return `a list of ${plural(value.length, "item")}`;
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "object") return "a group of fields";
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

type AnyDef = { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; valueType?: unknown };

/** The field names allowed by the object schema at `path`, for "did you mean" on unknown keys. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { _zod?: { def: AnyDef } })._zod?.def;
      if (!def) return;
      if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "prefault") current = def.innerType;
      else if (def.type === "pipe") current = def.in;
      else return;
    }
  };
  unwrap();
  for (const segment of path) {
    const def = (current as { _zod?: { def: AnyDef } })._zod?.def;
    if (!def) return [];
    if (def.type === "object" && typeof segment === "string") current = def.shape?.[segment];
    else if (def.type === "array") current = def.element;
    else if (def.type === "record") current = def.valueType;
    else return [];
    unwrap();
  }
  const def = (current as { _zod?: { def: AnyDef } })._zod?.def;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** Zod's type names in an editor's words. */
const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
};

function typeWord(type: string): string {
  return TYPE_WORDS[type] ?? `a ${type}`;
}

function messageFor(issue: z.core.$ZodIssue, found: unknown, what: string): string {
  switch (issue.code) {
    case "invalid_type": {
      if (found === undefined) {
        const key = issue.path[issue.path.length - 1];
        if (key === undefined) return `${what} is empty: expected its fields, one \`name: value\` per line`;
        return typeof key === "string" ? `required field is missing: add \`${key}:\` (${typeWord(issue.expected)})` : `required item is missing (${typeWord(issue.expected)})`;
      }
      if (found === null) return `is empty: expected ${typeWord(issue.expected)}`;
      let message = `expected ${typeWord(issue.expected)}, found ${describeValue(found)}`;
      if ((issue.expected === "number" || issue.expected === "int") && typeof found === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(found)) message += " (remove the quotes)";
      if (issue.expected === "boolean" && typeof found === "string") message += " (write true or false, without quotes)";
      if (issue.expected === "array" && (typeof found === "string" || typeof found === "number")) message += ' (write each item on its own line, starting with "- ")';
      return message;
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => String(v));
      if (found === "" || found === null) return `is empty: expected one of ${allowed.join(" | ")}`;
      const base = `expected one of ${allowed.join(" | ")}, found ${describeValue(found)}`;
      return typeof found === "string" ? base + didYouMean(found, allowed) : base;
    }
    case "too_small":
      // Note: a template's placeholders ("" and []) read as "is empty", the first thing an editor fills in.
      if (issue.origin === "array" && Array.isArray(found) && found.length === 0) return `is empty: expected at least ${plural(issue.minimum, "item")}`;
      if (issue.origin === "string" && typeof found === "string" && found.trim() === "") return `is empty: expected at least ${plural(issue.minimum, "character")}`;
      if (issue.origin === "array") return `expected at least ${plural(issue.minimum, "item")}, found ${Array.isArray(found) ? found.length : 0}`;
      if (issue.origin === "string") return `expected at least ${plural(issue.minimum, "character")}, found ${typeof found === "string" ? found.trim().length : 0}`;
      return `expected a number of at least ${issue.minimum}, found ${describeValue(found)}`;
    case "too_big":
      if (issue.origin === "array") return `expected at most ${plural(issue.maximum, "item")}, found ${Array.isArray(found) ? found.length : "more"}`;
      if (issue.origin === "string") return `expected at most ${plural(issue.maximum, "character")}, found ${typeof found === "string" ? found.trim().length : "more"}`;
      return `expected a number of at most ${issue.maximum}, found ${describeValue(found)}`;
    case "invalid_format":
      return `${issue.message}, found ${describeValue(found)}`;
    case "invalid_key": {
      const key = String(issue.path[issue.path.length - 1] ?? "");
      const fixed = key.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      const hint = fixed && fixed !== key ? ` — did you mean "${fixed}"?` : "";
      return `invalid key "${key}": ${issue.issues[0]?.message ?? issue.message}${hint}`;
    }
    default:
      // Refinements phrased "expected …" get the found value too, like the built-in checks.
      if (issue.message.startsWith("expected") && found !== undefined && typeof found !== "object") return `${issue.message}, found ${describeValue(found)}`;
      return issue.message;
  }
}

/** Fields the content model used to have, with what to do instead (the key is the top-level field). */
const RETIRED_FIELDS: Record<string, string> = {
  published: "the first-published date comes from the repository's history now (the first commit in which the file is not a draft): remove this line",
  updated: "the updated date comes from the repository's history now (the last commit that changed the file): remove this line",
};

/**
 * Turns zod issues into editor-facing problems: one per issue (one per unknown key), each with the
 * line and column of the field in the YAML source.
 */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], source: YamlSource, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  const what = source.file.endsWith(".md") ? "the frontmatter" : "the file";
  // A misspelt key also makes the real one "missing": report it once, as the misspelling.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = knownKeysAt(schema, issue.path);
    for (const key of issue.keys) {
      const hit = suggest(key, allowed);
      if (hit) misspelt.add(formatField([...issue.path, hit]));
    }
  }
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const allowed = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const pos = source.locate(path);
        const hint = didYouMean(key, allowed);
        const retired = issue.path.length === 0 ? RETIRED_FIELDS[key] : undefined;
        problems.push({
          severity: "error",
          file: source.file,
          ...pos,
          field: formatField(path),
          message: retired ? `field "${key}" is no longer written by hand: ${retired}` : `unknown field "${key}"${hint || (allowed.length ? `; allowed here: ${allowed.join(", ")}` : "")}`,
        });
      }
      continue;
    }
    const path = issue.path as PropertyKey[];
    const found = valueAt(source.data, path);
    if (issue.code === "invalid_type" && found === undefined && misspelt.has(formatField(path))) continue;
    problems.push({
      severity: "error",
      file: source.file,
      ...source.locate(path),
      field: formatField(path),
      message: messageFor(issue, found, what),
    });
  }
  return problems;
}
