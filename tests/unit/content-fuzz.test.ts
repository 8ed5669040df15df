import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { issuesToProblems } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { formatField, type Problem } from "@/lib/check/problems";
import { parseMarkdownSource, parseYamlSource } from "@/lib/content/source";
import { ArticleFrontmatterSchema, CategoriesFileSchema, RoleFrontmatterSchema } from "@/lib/content/schema";
import { BACKEND, makeTree, readFixture } from "./helpers/content-tree";

/*
 * Property-based tests of the content pipeline: whatever an editor writes — any YAML, any shape of
 * frontmatter — the loader answers with problems that name a file, a line, a column and a field, and
 * never throws. Fixed seeds keep failures reproducible.
 */

const SEED = 20261125;
const VALID = parseMarkdownSource(BACKEND, readFixture(BACKEND)).source.data as Record<string, unknown>;
const ROLE_KEYS = Object.keys(RoleFrontmatterSchema.shape);

/** Every problem is something an editor can act on: a place in the file and a message. */
function expectWellFormed(problems: readonly Problem[], file: string, lines: number) {
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines + 1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.field).not.toBe("");
    expect(problem.message.trim()).not.toBe("");
    expect(["error", "warning"]).toContain(problem.severity);
  }
}

/** Text → YAML parse → schema → problems: the path `check-content` and the build take for one file. */
function checkFrontmatter(text: string): { data: unknown; ok: boolean; problems: Problem[] } {
  const parsed = parseYamlSource("content/roles/x.md", text);
  if (parsed.problems.length > 0) return { data: undefined, ok: false, problems: parsed.problems };
  const result = RoleFrontmatterSchema.safeParse(parsed.source.data);
  if (result.success) return { data: result.data, ok: true, problems: [] };
  return { data: parsed.source.data, ok: false, problems: issuesToProblems(result.error.issues, parsed.source, RoleFrontmatterSchema) };
}

/** A value an editor could plausibly write anywhere: scalars, lists, groups, the wrong type in each place. */
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("2026-02-30", "2026-11-20", "meduim", "very-high", "15-1252.00", "software-developer", "Not A Slug", ""),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...ROLE_KEYS, "task", "detail", "name", "use", "level"), fc.string({ maxLength: 10 })),
      tie("value"),
      { maxKeys: 4 },
    ),
  ),
})).value;

type Path = (string | number)[];

/** Every path into the valid profile, so a mutation can land anywhere, nested fields included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === "object") return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}
const PATHS = pathsOf(VALID).filter((p) => p.length > 0);

type Mutation = { path: Path; op: "set" | "delete" | "add"; value: unknown; key: string };

function mutate(data: unknown, { path: at, op, value, key }: Mutation): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const segment of at.slice(0, -1)) {
    const next = parent[segment];
    // An earlier mutation replaced or removed this branch: nothing left to mutate here.
    if (!next || typeof next !== "object") return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = at[at.length - 1]!;
  if (op === "set") parent[last] = value;
  else if (op === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (!Array.isArray(parent)) Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  op: fc.constantFrom("set", "delete", "add"),
  value: yamlValue,
  key: fc.oneof(fc.constantFrom(...ROLE_KEYS, "descriptoin", "__proto__", "constructor"), fc.string({ maxLength: 12 })),
});

describe("the role schema on random frontmatter", () => {
  it("accepts the fixture unchanged (so the properties below start from valid data)", () => {
    expect(checkFrontmatter(stringify(VALID)).ok).toBe(true);
  });

  it("mutated profiles: valid, or problems at a real line of the file, never a throw", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = mutations.reduce<unknown>(mutate, VALID);
        const text = stringify(data);
        const { ok, problems } = checkFrontmatter(text);
        if (!ok) expect(problems.length).toBeGreaterThan(0);
        expectWellFormed(problems, "content/roles/x.md", text.split("\n").length);
      }),
      { numRuns: 400, seed: SEED },
    );
  }, 60_000);

  it("regression: an empty key is named, so its problem still points at something", () => {
    expect(formatField([""])).toBe('""');
    expect(formatField(["skills", "", 0])).toBe('skills.""[0]');
  });

  it("whole random objects (role, article and categories schemas): problems, never a throw", () => {
    fc.assert(
      fc.property(yamlValue, fc.dictionary(fc.constantFrom(...ROLE_KEYS), yamlValue, { maxKeys: 8 }), (anything, object) => {
        for (const data of [anything, object]) {
          for (const schema of [RoleFrontmatterSchema, ArticleFrontmatterSchema, CategoriesFileSchema]) {
            const text = stringify(data);
            const source = parseYamlSource("content/x.yml", text).source;
            const result = schema.safeParse(source.data);
            if (result.success) continue;
            const problems = issuesToProblems(result.error.issues, source, schema);
            expect(problems.length).toBeGreaterThan(0);
            expectWellFormed(problems, "content/x.yml", text.split("\n").length);
          }
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 60_000);
});

/** YAML-ish text: the characters and fragments that make YAML go wrong, in any order. */
const yamlText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  fc
    .array(
      fc.constantFrom(
        "title: ",
        "risk:\n",
        "  level: ",
        "- ",
        "  - ",
        "\t",
        "\n",
        "\r\n",
        ": ",
        ":",
        '"',
        "'",
        "#",
        "&a ",
        "*a",
        "*b",
        "<<: *a\n",
        "!!binary ",
        "!!js/function ",
        "!<tag> ",
        "{",
        "}",
        "[",
        "]",
        ",",
        "|\n",
        ">-\n",
        "---\n",
        "...\n",
        "? ",
        "%YAML 1.2\n",
        "2026-02-30",
        "0x1F",
        ".inf",
        "~",
        "null",
        "yes",
        "\uFEFF",
        "\u0000",
        "é",
        "😀",
        "  ",
        "description: a: b\n",
        "title: x\ntitle: y\n",
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join("")),
);

describe("the YAML parse path on random text", () => {
  it("parseYamlSource: data, or problems with a position inside the text, never a throw", () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const parsed = parseYamlSource("content/categories.yml", text);
        if (parsed.problems.length > 0) expect(parsed.source.data).toBeUndefined();
        expectWellFormed(parsed.problems, "content/categories.yml", text.split(/\r?\n|\r/).length);
        // Locating any path in any parsed document gives a position, never a throw.
        const position = parsed.source.locate(["risk", "level", 0]);
        expect(position.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000, seed: SEED },
    );
  }, 60_000);

  it("parseMarkdownSource: any file text, with or without frontmatter fences", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "---\n", "---\r\n", "\uFEFF---\n"),
        yamlText,
        fc.constantFrom("", "\n---\n", "\n---", "\n--- \nbody\n"),
        fc.string({ maxLength: 40 }),
        (head, middle, fence, body) => {
          const text = `${head}${middle}${fence}${body}`;
          const parsed = parseMarkdownSource("content/roles/x.md", text);
          expectWellFormed(parsed.problems, "content/roles/x.md", text.split(/\r?\n|\r/).length);
          expect(typeof parsed.body).toBe("string");
        },
      ),
      { numRuns: 1000, seed: SEED },
    );
  }, 60_000);
});

describe("loadContent on random files", () => {
  // Note: each run writes a content tree to disk, so this one runs fewer cases.
  it("a random role file or categories file gives problems naming that file, never a throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          yamlText.map((t) => ({ file: BACKEND, text: `---\n${t}\n---\nBody.\n` })),
          fc
            .array(mutation, { minLength: 1, maxLength: 2 })
            .map((m) => ({ file: BACKEND, text: `---\n${stringify(m.reduce<unknown>(mutate, VALID))}---\nBody.\n` })),
          yamlText.map((t) => ({ file: "content/categories.yml", text: t })),
        ),
        ({ file, text }) => {
          const root = makeTree({ [file]: text });
          try {
            const content = loadContent(root);
            const errors = content.problems.filter((p) => p.severity === "error");
            const backendLoaded = content.roles.some((r) => r.file === BACKEND);
            // The file either loaded as a role, or at least one error explains why not.
            if (file === BACKEND && !backendLoaded) expect(errors.some((p) => p.file === BACKEND)).toBe(true);
            for (const problem of content.problems) {
              expect(problem.line).toBeGreaterThanOrEqual(1);
              expect(problem.message.trim()).not.toBe("");
            }
          } finally {
            fs.rmSync(path.resolve(root), { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 100, seed: SEED },
    );
  }, 120_000);
});
