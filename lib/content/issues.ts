import type { z } from "zod";
import { didYouMean, formatField, type Problem } from "./problems";
import type { YamlSource } from "./source";

/** Describes a found value briefly, for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "object") return "a group of fields";
  return `${typeof value} ${String(value)}`;
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

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${Number(n) === 1 ? "" : "s"}`;
}

function messageFor(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (found === undefined) return `required field is missing (expected ${issue.expected})`;
      return `expected ${issue.expected === "object" ? "a group of fields" : issue.expected === "array" ? "a list" : `a ${issue.expected}`}, found ${describeValue(found)}`;
    case "invalid_value": {
      const allowed = issue.values.map((v) => String(v));
      const base = `expected one of ${allowed.join(" | ")}, found ${describeValue(found)}`;
      return typeof found === "string" ? base + didYouMean(found, allowed) : base;
    }
    case "too_small":
      if (issue.origin === "array") return `expected at least ${plural(issue.minimum, "item")}, found ${Array.isArray(found) ? found.length : 0}`;
      if (issue.origin === "string") return `expected at least ${plural(issue.minimum, "character")}, found ${typeof found === "string" ? found.trim().length : 0}`;
      return `expected a number of at least ${issue.minimum}, found ${describeValue(found)}`;
    case "too_big":
      if (issue.origin === "array") return `expected at most ${plural(issue.maximum, "item")}, found ${Array.isArray(found) ? found.length : "more"}`;
      if (issue.origin === "string") return `expected at most ${plural(issue.maximum, "character")}, found ${typeof found === "string" ? found.trim().length : "more"}`;
      return `expected a number of at most ${issue.maximum}, found ${describeValue(found)}`;
    case "invalid_format":
      return `${issue.message}, found ${describeValue(found)}`;
    case "invalid_key":
      return `invalid key: ${issue.issues[0]?.message ?? issue.message}`;
    default:
      // Refinements phrased "expected …" get the found value too, like the built-in checks.
      if (issue.message.startsWith("expected") && found !== undefined && typeof found !== "object") return `${issue.message}, found ${describeValue(found)}`;
      return issue.message;
  }
}

/**
 * Turns zod issues into editor-facing problems: one per issue (one per unknown key), each with the
 * line and column of the field in the YAML source.
 */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], source: YamlSource, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const allowed = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const pos = source.locate(path);
        const hint = didYouMean(key, allowed);
        problems.push({
          severity: "error",
          file: source.file,
          ...pos,
          field: formatField(path),
          message: `unknown field "${key}"${hint || (allowed.length ? `; allowed here: ${allowed.join(", ")}` : "")}`,
        });
      }
      continue;
    }
    const path = issue.path as PropertyKey[];
    const pos = source.locate(path);
    problems.push({
      severity: "error",
      file: source.file,
      ...pos,
      field: formatField(path),
      message: messageFor(issue, valueAt(source.data, path)),
    });
  }
  return problems;
}
