import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { getContent } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem, type Problem } from "@/lib/check/problems";
import { splitFrontmatter } from "@/lib/content/source";
import { makeTree, readFixture } from "./helpers/content-tree";

/*
 * The bad-input corpus: each folder under tests/fixtures/{bad,accepted,warnings}/ has a `case.yml` saying
 * how it differs from the valid fixture (tests/fixtures/valid), and an `expected.txt` pinning the exact
 * messages the check prints for that tree. Note: cases are edits, not copies, so a field added to the
 * valid fixture reaches every case.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures");
/** A fixed "today", so the stale-profile rule gives the same message every day. */
const TODAY = new Date("2026-12-01T00:00:00Z");

/** How one file of a case is made: from a fixture file (or `text`), with edits; null deletes the file. */
type FileSpec = null | {
  from?: string;
  text?: string;
  /** [find, replace] pairs, each applied once; the find text must be there. */
  replace?: [string, string][];
  /** false keeps only the body. */
  frontmatter?: false;
  /** Replaces the body below the frontmatter. */
  body?: string;
  append?: string;
  crlf?: boolean;
  bom?: boolean;
  unchanged?: true;
};

type Case = { name: string; folder: string; files: Record<string, FileSpec> };

function casesIn(kind: "bad" | "accepted" | "warnings"): Case[] {
  const root = path.join(FIXTURES, kind);
  return fs
    .readdirSync(root)
    .sort()
    .map((name) => {
      const folder = path.join(root, name);
      const spec = parse(fs.readFileSync(path.join(folder, "case.yml"), "utf8")) as { files: Record<string, FileSpec> };
      return { name, folder, files: spec.files };
    });
}

function buildFile(file: string, spec: NonNullable<FileSpec>): string {
  let text = spec.text ?? readFixture(spec.from ?? file);
  for (const [find, replacement] of spec.replace ?? []) {
    if (!text.includes(find)) throw new Error(`${file}: the fixture no longer contains ${JSON.stringify(find)}`);
    text = text.replace(find, () => replacement);
  }
  if (spec.frontmatter === false || spec.body !== undefined) {
    const split = splitFrontmatter(text);
    if (typeof split === "string") throw new Error(`${file}: ${split}`);
    text = spec.frontmatter === false ? split.body : text.slice(0, text.length - split.body.length) + spec.body;
  }
  if (spec.append) text += spec.append;
  if (spec.crlf) text = text.replace(/\n/g, "\r\n");
  if (spec.bom) text = `\uFEFF${text}`;
  return text;
}

function treeFor(c: Case): string {
  const edits: Record<string, string | null> = {};
  for (const [file, spec] of Object.entries(c.files)) edits[file] = spec === null ? null : buildFile(file, spec);
  return makeTree(edits);
}

/**
 * What a case pins: every error, and the warnings in the case's own files. Note: both fixture roles
 * have no related roles, so that warning is pinned only by the case about it.
 */
function pinned(c: Case, problems: readonly Problem[]): string {
  return problems
    .filter(
      (p) => p.severity === "error" || (c.files[p.file] && (c.name === "no-related-roles" || !p.message.startsWith("no related roles"))),
    )
    .map(formatProblem)
    .join("\n");
}

describe("bad-input corpus: every broken tree fails with its exact messages", () => {
  const cases = casesIn("bad");

  it("has a case for every way a file can be broken", () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const content = loadContent(treeFor(c), { today: TODAY });
    const errors = content.problems.filter((p) => p.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    // Every message names the file, the line and the field.
    for (const e of errors) {
      expect(e.file).toMatch(/^content\//);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.field).not.toBe("");
    }
    await expect(`${pinned(c, content.problems)}\n`).toMatchFileSnapshot(path.join(c.folder, "expected.txt"));
  });
});

describe("accepted corpus: unusual but valid files pass", () => {
  it.each(casesIn("accepted").map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const content = loadContent(treeFor(c), { today: TODAY });
    expect(content.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
    await expect(`${pinned(c, content.problems)}\n`).toMatchFileSnapshot(path.join(c.folder, "expected.txt"));
  });

  it("really has a byte-order mark and CRLF line endings where it says so", () => {
    const c = casesIn("accepted").find((x) => x.name === "bom-and-crlf")!;
    const text = buildFile("content/roles/software-developer-backend-api.md", c.files["content/roles/software-developer-backend-api.md"]!);
    expect(text.startsWith("\uFEFF---\r\ntitle:")).toBe(true);
    expect(text.split("\r\n").length).toBe(text.split("\n").length);
  });

  it("renders HTML and script in a body as inert markup", () => {
    const c = casesIn("accepted").find((x) => x.name === "html-and-script-in-body")!;
    const role = loadContent(treeFor(c)).roles.find((r) => r.slug === "software-developer-backend-api")!;
    expect(role.html).not.toMatch(/<script|<iframe|onclick|javascript:|<b[ >]/i);
    expect(role.html).toContain("bold");
    expect(role.html).not.toContain("editor note");
  });
});

describe("warnings corpus: things to look at do not fail the check", () => {
  it.each(casesIn("warnings").map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const content = loadContent(treeFor(c), { today: TODAY });
    expect(content.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
    const text = pinned(c, content.problems);
    expect(text).toContain("(warning)");
    await expect(`${text}\n`).toMatchFileSnapshot(path.join(c.folder, "expected.txt"));
  });
});

describe("the build refuses every invalid tree", () => {
  const saved = process.env.CONTENT_ROOT;
  afterEach(() => {
    process.env.CONTENT_ROOT = saved;
  });

  // Note: getContent() is the loader `next build` calls from generateStaticParams; it caches only a
  // valid tree, so each bad tree is read afresh.
  it.each(casesIn("bad").map((c) => [c.name, c] as const))("%s", (_name, c) => {
    process.env.CONTENT_ROOT = treeFor(c);
    let thrown: unknown;
    try {
      getContent();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const message = (thrown as ContentError).message;
    const expected = fs.readFileSync(path.join(c.folder, "expected.txt"), "utf8").trim().split("\n");
    for (const line of expected.filter((l) => !l.endsWith("(warning)"))) expect(message).toContain(line);
  });
});
