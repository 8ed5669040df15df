import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/check/problems";
import { datesOf, isDraftText, readHistory } from "@/lib/content/history";
import { loadContent } from "@/lib/content/load";
import { BACKEND, backendWith, makeTree, readFixture } from "./helpers/content-tree";
import { commitAll } from "./helpers/git";

/*
 * Dates come from the repository (lib/content/history.ts): first published by the first commit in which a
 * file is not a draft, updated by the last commit that changed it, renames followed, committer dates.
 */

const TODAY = new Date("2026-12-02T09:00:00Z");
const git = (root: string, ...args: string[]) => execFileSync("git", ["-C", root, ...args], { stdio: "pipe" }).toString();

describe("readHistory", () => {
  it("dates a file from its first published commit and its last change, following a rename", () => {
    const root = makeTree({ [BACKEND]: backendWith("formerSlugs:", "draft: true\nformerSlugs:") });
    commitAll(root, "2026-11-20", "Draft of the backend profile");
    fs.writeFileSync(path.join(root, BACKEND), readFixture(BACKEND));
    commitAll(root, "2026-11-25", "Publish it");
    fs.appendFileSync(path.join(root, BACKEND), "\nOne more paragraph.\n");
    commitAll(root, "2026-11-29", "Revise it");
    git(root, "mv", BACKEND, "content/roles/backend.md");
    commitAll(root, "2026-12-01", "Rename it");
    const history = readHistory(root, TODAY);
    expect(history.available && history.files.get("content/roles/backend.md")).toEqual({
      created: "2026-11-20",
      published: "2026-11-25",
      updated: "2026-11-29",
      uncommitted: false,
    });
  });

  it("a commit with the `Content-Update: none` trailer does not move `updated`", () => {
    const root = makeTree();
    commitAll(root, "2026-11-25");
    fs.appendFileSync(path.join(root, BACKEND), "\n");
    commitAll(root, "2026-11-28", "Reformat every profile\n\nContent-Update: none");
    const history = readHistory(root, TODAY);
    expect(history.available && history.files.get(BACKEND)?.updated).toBe("2026-11-25");
  });

  it("a changed file not yet committed is updated today; a new file is published today", () => {
    const root = makeTree();
    commitAll(root, "2026-11-25");
    fs.appendFileSync(path.join(root, BACKEND), "\n");
    fs.writeFileSync(path.join(root, "content/roles/new-role.md"), readFixture(BACKEND));
    const history = readHistory(root, TODAY);
    expect(history.available && history.files.get(BACKEND)).toMatchObject({
      published: "2026-11-25",
      updated: "2026-12-02",
      uncommitted: true,
    });
    expect(datesOf(history, "content/roles/new-role.md", false)).toEqual({
      created: "2026-12-02",
      published: "2026-12-02",
      updated: "2026-12-02",
      uncommitted: true,
    });
    expect(datesOf(history, "content/roles/new-role.md", true)?.published).toBeUndefined();
  });

  it("without history (a copy, or a shallow clone) nothing is vouched for, and says why", () => {
    expect(readHistory(makeTree(), TODAY)).toEqual({ available: false, reason: "this is not a git checkout", today: "2026-12-02" });
    const origin = makeTree();
    commitAll(origin, "2026-11-25");
    commitAll(origin, "2026-11-26", "Second");
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), "rc-shallow-"));
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin}`, clone], { stdio: "pipe" });
    const history = readHistory(clone, TODAY);
    expect(history).toMatchObject({ available: false, reason: expect.stringContaining("shallow clone") });
    fs.rmSync(clone, { recursive: true, force: true });
  });

  it("reads `draft: true` from the front matter only", () => {
    expect(isDraftText("---\ntitle: x\ndraft: true\n---\nbody")).toBe(true);
    expect(isDraftText("---\ntitle: x\ndraft: false\n---\ndraft: true")).toBe(false);
  });
});

describe("the check holds every date to the history", () => {
  const problemsOf = (root: string) =>
    loadContent(root, { today: TODAY })
      .problems.filter((p) => p.severity === "error")
      .map(formatProblem);

  it("refuses a changelog entry before the first publication, and a source read before the file existed", () => {
    const root = makeTree({
      [BACKEND]: backendWith("  - date: 2026-11-26", "  - date: 2026-11-01").replace(
        "    accessed: 2026-11-30\n    supports: how many",
        "    accessed: 2026-11-02\n    supports: how many",
      ),
    });
    commitAll(root, "2026-11-25");
    expect(problemsOf(root)).toEqual([
      "content/roles/software-developer-backend-api.md:97:5 sources[0].accessed — 2026-11-02 is before the file's first commit (2026-11-25): read the page again and write that day",
      "content/roles/software-developer-backend-api.md:109:5 changelog[0].date — 2026-11-01 is before the file was first published (2026-11-25, its first commit as a non-draft): a change cannot predate the page",
    ]);
  });

  it("refuses a changelog entry after the last commit that changed the file", () => {
    const root = makeTree({ [BACKEND]: backendWith("  - date: 2026-11-26", "  - date: 2026-11-30") });
    commitAll(root, "2026-11-27");
    expect(problemsOf(root)).toEqual([
      "content/roles/software-developer-backend-api.md:109:5 changelog[0].date — 2026-11-30 is after the last commit that changed the file (2026-11-27): date the entry the day it is committed",
    ]);
  });
});
