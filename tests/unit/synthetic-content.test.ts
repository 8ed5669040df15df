import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/check/problems";
import { generateSyntheticContent } from "@/scripts/gen-synthetic-content";

describe("generateSyntheticContent (the benchmark's 1,000-profile tree)", () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-synthetic-test-"));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it("writes a valid tree: no errors, no warnings, families and links that resolve", () => {
    const root = generateSyntheticContent({ count: 45, outDir, sourceRoot: path.join(__dirname, "..", "..") });
    const content = loadContent(root);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.roles).toHaveLength(45);
    expect(content.articles).toHaveLength(3);
    expect(content.roles.filter((r) => r.parent === undefined)).toHaveLength(5);
    // Every band is represented, each consistent with its share (the check would refuse otherwise).
    expect(new Set(content.roles.map((r) => r.risk.level))).toEqual(new Set(["low", "medium", "high", "very-high"]));
  });

  it("refuses a count that is not a positive whole number", () => {
    expect(() => generateSyntheticContent({ count: 0 })).toThrow(RangeError);
  });
});
