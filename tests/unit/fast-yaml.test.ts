import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { fastYamlLoad } from "@/lib/content/fast-yaml";
import { splitFrontmatter } from "@/lib/content/source";

/** What js-yaml gives, or "throws". The fast reader must give the same, or step aside (undefined). */
function reference(text: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
  } catch {
    return "throws";
  }
}

/** How many texts the fast reader handled itself, so a property test can show it was exercised. */
let handled = 0;

function agrees(text: string): boolean {
  const fast = fastYamlLoad(text);
  if (fast === undefined) return true;
  handled++;
  expect(fast, text).toEqual(reference(text));
  return true;
}

function contentFiles(): { file: string; text: string }[] {
  const root = path.resolve(__dirname, "..", "..");
  const out: { file: string; text: string }[] = [];
  for (const base of ["content", "tests/fixtures/valid/content"]) {
    out.push({ file: `${base}/categories.yml`, text: fs.readFileSync(path.join(root, base, "categories.yml"), "utf8") });
    for (const folder of ["roles", "articles"]) {
      const dir = path.join(root, base, folder);
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".md"))) {
        const split = splitFrontmatter(fs.readFileSync(path.join(dir, name), "utf8"));
        if (typeof split === "string") throw new Error(`${base}/${folder}/${name}: ${split}`);
        out.push({ file: `${base}/${folder}/${name}`, text: split.matter });
      }
    }
  }
  return out;
}

describe("fastYamlLoad", () => {
  it("reads every real content file, exactly as js-yaml does", () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const { file, text } of files) {
      const fast = fastYamlLoad(text);
      // Note: the speed of the check depends on the fast path being taken for real content.
      expect(fast, `${file} left the fast path`).toBeDefined();
      expect(fast, file).toEqual(reference(text));
      expect(fastYamlLoad(text.replace(/\n/g, "\r\n")), `${file} with CRLF`).toEqual(fast);
    }
  });

  it.each([
    ["plain scalars resolve like the core schema", "a: 12\nb: -3\nc: 1.5\nd: true\ne: False\nf: ~\ng: null\nh: 2026-05-01\ni: 15-1252.00\nj: 0x1F\nk: .inf\nl: 1e3\n"],
    ["keys resolve too", "True: 1\nNULL: 2\nplain: 3\n"],
    ["quoted scalars stay strings", "a: \"12\"\nb: 'it''s'\nc: \"say \\\"hi\\\" \\\\ there\"\nd: \"GPTs are GPTs: a title\"\n"],
    ["block scalars", "a: >-\n  one\n  two\nb: |\n  one\n  two\nc: >\n  x\n\nd: |-\n  y\n"],
    ["lists of maps and flow lists", "items:\n  - task: one\n    ids: [1, 2]\n  - task: two\n    ids: []\nsame:\n- a\n- b\nempty: {}\nnothing:\n"],
    ["comments and blank lines", "# heading\n\na: 1 # not a comment in our subset\n  # indented comment\nb: 2\n"],
  ])("%s", (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it("reads the common forms itself rather than stepping aside", () => {
    expect(fastYamlLoad("a: 12\nb: true\nc: ~\nd: 2026-05-01\nTrue: x\n")).toEqual({ a: 12, b: true, c: null, d: "2026-05-01", true: "x" });
    expect(fastYamlLoad("a: >-\n  one\n  two\nb: |\n  x\n  y\n")).toEqual({ a: "one two", b: "x\ny\n" });
    expect(fastYamlLoad("l:\n  - k: v\n    n: [1, 2]\n  - plain\n")).toEqual({ l: [{ k: "v", n: [1, 2] }, "plain"] });
    // Paragraphs in folded and literal blocks, as editors write long fields.
    expect(fastYamlLoad("a: >-\n  one\n  two\n\n  three\n\n\n  four\nb: |-\n  x\n\n  y\n")).toEqual({ a: "one two\nthree\n\nfour", b: "x\n\ny" });
  });

  it.each([
    ["a value with ': '", "a: b: c\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a tab", "a:\tb\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a flow map", "a: {b: 1}\n"],
    ["a multi-line quoted scalar", 'a: "one\n  two"\n'],
    ["a block scalar starting with an empty line", "a: |\n\n  one\n"],
    ["a block scalar keeping trailing lines", "a: |+\n  one\n\n"],
    ["a more-indented line in a folded scalar", "a: >\n  one\n    two\n"],
    ["a nested inline list", "a:\n  - - x\n"],
    ["a document marker", "a: 1\n---\nb: 2\n"],
    ["a top-level list", "- a\n- b\n"],
    ["an escape other than \\\" and \\\\", 'a: "\\n"\n'],
    ["__proto__", "__proto__: 1\n"],
    ["an emoji (surrogate pair)", "a: 🙂\n"],
    ["a lone carriage return", "a: 1\rb: 2\n"],
  ])("steps aside on %s", (_name, text) => {
    expect(fastYamlLoad(text)).toBeUndefined();
  });

  it("agrees with js-yaml on random documents", () => {
    const scalar = fc.oneof(
      fc.constantFrom("true", "False", "null", "~", "12", "-7", "0x1F", "1e3", ".nan", "2026-01-01", "15-1252.00", "a: b", "x #y", "C#", "it's", '"q"', "- x", "[1]", "{}", ">", "|-", "", " ", "é—ü"),
      fc.string({ unit: fc.constantFrom("a", "b", " ", ":", "#", "-", "'", '"', "\\", "[", "]", ",", "1", ".", "é", ">", "|", "&", "*", "!") , maxLength: 12 }),
    );
    const key = fc.oneof(fc.constantFrom("a", "b", "True", "null", "x-y", "_k", "k1"), fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/));
    const value: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar.map((s) => ` ${s}`),
        scalar.map((s) => ` [${s}]`),
        fc.array(scalar, { minLength: 1, maxLength: 3 }).map((lines) => ` >-\n${lines.map((l) => `  ${l}`).join("\n")}`),
        fc.array(scalar, { minLength: 1, maxLength: 3 }).map((lines) => ` |\n${lines.map((l) => `  ${l}`).join("\n")}`),
        fc.array(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 3 }).map((pairs) => `\n${indent(mapText(pairs))}`),
        fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((items) => `\n${indent(items.map((v) => `-${v.startsWith("\n") ? v.replace(/\n/g, "\n  ") : v}`).join("\n"))}`),
        fc.array(fc.array(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
          (maps) => `\n${indent(maps.map((pairs) => `- ${indent(mapText(pairs)).slice(2)}`).join("\n"))}`,
        ),
      ),
    })).node;
    const doc = fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 5 }).map((pairs) => `${mapText(pairs)}\n`);
    handled = 0;
    fc.assert(fc.property(doc, agrees), { numRuns: 3000 });
    expect(handled).toBeGreaterThan(300);
  }, 30_000);

  it("agrees with js-yaml on randomly damaged real frontmatter", () => {
    const texts = contentFiles().map((f) => f.text).slice(0, 20);
    const damage = fc.tuple(
      fc.integer({ min: 0, max: texts.length - 1 }),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom("", " ", "  ", "\n", ":", ": ", "- ", "#", " #", "'", '"', "[", "]", ">-", "|", "\t", "x", "1", "true", "\n  ", "\n-")), { minLength: 1, maxLength: 4 }),
    );
    handled = 0;
    fc.assert(
      fc.property(damage, ([which, edits]) => {
        let text = texts[which]!;
        for (const [at, remove, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        return agrees(text);
      }),
      { numRuns: 3000 },
    );
    expect(handled).toBeGreaterThan(300);
  }, 30_000);
});

/** Indents every line of `text` by two spaces. */
function indent(text: string): string {
  return `  ${text.replace(/\n/g, "\n  ")}`;
}

function mapText(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${k}:${v}`).join("\n");
}
