import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/check/problems";
import { BACKEND, PARENT, backendWith, makeTree, readFixture } from "./helpers/content-tree";
import { commitAll } from "./helpers/git";

function errorsOf(edits: Record<string, string | null>): string[] {
  return loadContent(makeTree(edits))
    .problems.filter((p) => p.severity === "error")
    .map(formatProblem);
}

describe("loadContent on the valid fixture", () => {
  it("loads every role with rendered bodies and no errors", () => {
    const content = loadContent(makeTree());
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(content.roles.map((r) => r.slug)).toEqual(["software-developer", "software-developer-backend-api"]);
    const backend = content.roles.find((r) => r.slug === "software-developer-backend-api")!;
    expect(backend.risk.level).toBe("medium");
    expect(backend.html).toContain("<strong>medium</strong>");
    // YAML 1.2: dates stay strings, never Date objects.
    expect(backend.changelog[0]?.date).toBe("2026-11-26");
    // A copied tree has no history: no dates are shown rather than guessed.
    expect(backend.published).toBeUndefined();
    expect(content.historyNote).toBe("this is not a git checkout");
    expect(content.categories.find((c) => c.slug === "technology")?.title).toBe("Technology");
  });

  it("accepts a UTF-8 BOM and CRLF line endings", () => {
    const crlf = "\uFEFF" + readFixture(BACKEND).replace(/\n/g, "\r\n");
    expect(errorsOf({ [BACKEND]: crlf })).toEqual([]);
  });
});

describe("field errors name file, line, column and field", () => {
  it("a misspelt key, with a suggestion", () => {
    expect(errorsOf({ [BACKEND]: backendWith("\ndescription:", "\ndescriptoin:") })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:13:1 descriptoin — unknown field "descriptoin" — did you mean "description"?",
      ]
    `);
  });

  it("a wrong risk band, with a suggestion", () => {
    expect(errorsOf({ [BACKEND]: backendWith("level: medium", "level: meduim") })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:15:3 risk.level — expected one of low | medium | high | very-high, found "meduim" — did you mean "medium"?",
      ]
    `);
  });

  it("a band that contradicts the automatable share (the methodology rule)", () => {
    expect(errorsOf({ [BACKEND]: backendWith("automatableShare: 30", "automatableShare: 55") })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:15:3 risk.level — an automatable share of 55% falls in band "high" (40–59%), not "medium": change the level or the share (see /methodology)",
      ]
    `);
  });

  it("a missing list", () => {
    const text = readFixture(BACKEND).replace(/\nautomating:\n[\s\S]*?\naugmenting:/, "\naugmenting:");
    expect(errorsOf({ [BACKEND]: text })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:2:1 automating — required field is missing: add \`automating:\` (a list)",
      ]
    `);
  });

  it("a list that is too short", () => {
    const text = readFixture(BACKEND).replace(/\n  human:\n(    - .*\n)+/, "\n  human:\n    - Reviewing code\n");
    expect(errorsOf({ [BACKEND]: text })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:73:3 skills.human — expected at least 3 items, found 1",
      ]
    `);
  });

  it("wrong types, a bad date and a non-https source", () => {
    const text = backendWith("  - date: 2026-11-26", "  - date: 2026-02-30")
      .replace("changelog:", "draft: nope\nchangelog:")
      .replace("automatableShare: 30", "automatableShare: thirty")
      .replace("url: https://survey.stackoverflow.co/2025/ai", "url: http://survey.stackoverflow.co/2025/ai");
    expect(errorsOf({ [BACKEND]: text })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:16:3 risk.automatableShare — expected a number, found "thirty"",
        "content/roles/software-developer-backend-api.md:94:5 sources[0].url — expected an absolute https:// URL, found "http://survey.stackoverflow.co/2025/ai"",
        "content/roles/software-developer-backend-api.md:108:1 draft — expected true or false, found "nope" (write true or false, without quotes)",
        "content/roles/software-developer-backend-api.md:110:5 changelog[0].date — expected a real calendar date, found "2026-02-30"",
      ]
    `);
  });

  it("invalid YAML points at the line", () => {
    expect(errorsOf({ [BACKEND]: backendWith("reason: Assistants", "reason: Assistants: now") })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:17:11 (yaml) — invalid YAML: Nested mappings are not allowed in compact mappings (hint: a value that contains ": " must be quoted, or written as a block starting with ">-" on the line above); the other fields are checked once this is fixed",
      ]
    `);
  });

  it("a file without frontmatter, and one never closed", () => {
    expect(errorsOf({ [BACKEND]: "Just a body.\n" })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:1:1 (frontmatter) — no frontmatter: the file must start with a line \`---\`, the YAML fields, and a closing \`---\`",
      ]
    `);
    expect(errorsOf({ [BACKEND]: "---\ntitle: Something\n" })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:1:1 (frontmatter) — the frontmatter is never closed: add a line \`---\` after the last field",
      ]
    `);
  });

  it("a file name that is not kebab-case", () => {
    expect(errorsOf({ "content/roles/Backend_Dev.md": readFixture(BACKEND) })).toMatchInlineSnapshot(`
      [
        "content/roles/Backend_Dev.md:1:1 (file name) — file name must be lower-case kebab-case ending in .md (it becomes the URL), e.g. "backend-dev.md"",
      ]
    `);
  });

  it("collects every problem in every file at once", () => {
    const errors = errorsOf({
      [BACKEND]: backendWith("level: medium", "level: meduim"),
      [PARENT]: readFixture(PARENT).replace("category: technology", "category: tech"),
    });
    expect(errors).toHaveLength(2);
  });
});

describe("cross-file rules", () => {
  it("a dangling parent, related role and reading slug", () => {
    const text = backendWith("parent: software-developer", "parent: software-develper")
      .replace("related: []", "related:\n  - data-scientist\nreading:\n  - nope")
      .replace("\nreading: []", "");
    expect(errorsOf({ [BACKEND]: text })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:3:1 parent — no role "software-develper" exists (expected a file content/roles/software-develper.md) — did you mean "software-developer"?",
        "content/roles/software-developer-backend-api.md:86:5 related[0] — no role "data-scientist" exists (expected a file content/roles/data-scientist.md)",
        "content/roles/software-developer-backend-api.md:88:5 reading[0] — no article "nope" exists (expected content/articles/nope.md)",
      ]
    `);
  });

  it("an unknown category", () => {
    expect(errorsOf({ [BACKEND]: backendWith("category: technology", "category: technolgy") })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:4:1 category — no category "technolgy" in content/categories.yml; expected one of technology | customer-service | finance | legal | healthcare | marketing | creative | education | sales | hr | business-operations | trades — did you mean "technology"?",
      ]
    `);
  });

  it("a duplicate title", () => {
    expect(errorsOf({ [BACKEND]: backendWith("title: Software Developer — Backend / API", "title: Software Developer") }))
      .toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:2:1 title — the title "Software Developer" is also used by content/roles/software-developer.md",
        "content/roles/software-developer.md:2:1 title — the title "Software Developer" is also used by content/roles/software-developer-backend-api.md",
      ]
    `);
  });

  it("a parent cycle", () => {
    const parent = readFixture(PARENT).replace("category: technology", "parent: software-developer-backend-api\ncategory: technology");
    expect(errorsOf({ [PARENT]: parent })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer.md:3:1 parent — parent chain loops: software-developer → software-developer-backend-api → software-developer",
      ]
    `);
  });

  it("a published page linking to a draft", () => {
    const parent = readFixture(PARENT).replace("formerSlugs: []", "formerSlugs: []\ndraft: true");
    expect(errorsOf({ [PARENT]: parent })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:3:1 parent — parent role "software-developer" is a draft: a published page must not link to it",
      ]
    `);
  });

  it("a former slug that is a live slug", () => {
    expect(errorsOf({ [BACKEND]: backendWith("  - backend-developer", "  - software-developer") })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:107:5 formerSlugs[0] — former slug "software-developer" is the slug of a live role (content/roles/software-developer.md); a redirect would hide it",
      ]
    `);
  });

  it("changelog entries newest first, none in the future", () => {
    const text = backendWith(
      "  - date: 2026-11-26\n",
      "  - date: 2026-11-20\n    summary: An earlier change, listed first although it is older.\n  - date: 2099-01-01\n",
    );
    expect(errorsOf({ [BACKEND]: text })).toEqual([
      "content/roles/software-developer-backend-api.md:111:5 changelog[1].date — 2099-01-01 is in the future: date the entry the day it is committed",
      "content/roles/software-developer-backend-api.md:111:5 changelog[1].date — changelog entries must be newest first",
    ]);
  });
});

describe("warnings do not fail", () => {
  it("a stale profile, a long description and no related roles are warnings", () => {
    const root = makeTree({ [BACKEND]: backendWith("  - date: 2026-11-26", "  - date: 2024-01-10") });
    commitAll(root, "2024-01-10");
    const content = loadContent(root, { today: new Date("2026-12-02T00:00:00Z") });
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
    const warnings = content.problems.filter((p) => p.file === BACKEND).map((p) => p.message);
    expect(warnings).toContain("not changed for 1057 days (last commit 2024-01-10): review the profile");
    expect(warnings).toContain("no related roles: readers leave the page with nowhere to go");
  });
});
