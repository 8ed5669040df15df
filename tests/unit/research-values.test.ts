import { describe, expect, it } from "vitest";
import { buildDistribution, ordinal, percentileRank } from "@/lib/research/percentile";
import { ExposureCell, IdCell, NumberCell, OewsCell, ShareCell, TaskTypeCell, parseNumberText } from "@/lib/research/values";

const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message);

describe("numbers", () => {
  it("reads plain numbers and BLS thousands separators", () => {
    expect(parseNumberText("1,364,180")).toBe(1364180);
    expect(parseNumberText("140,886,310")).toBe(140886310);
    expect(parseNumberText("120,990.50")).toBe(120990.5);
    expect(parseNumberText("0.8200000000000001")).toBe(0.8200000000000001);
    expect(parseNumberText(" 42 ")).toBe(42);
    expect(parseNumberText("1e-3")).toBe(0.001);
  });

  it("refuses anything else rather than guessing (no NaN, no silent 0)", () => {
    for (const text of ["", " ", "1,36,180", "1,2345", "12,", "abc", "1.2.3", "NaN", "Infinity", "$120", "12%"]) {
      expect(parseNumberText(text), text).toBeUndefined();
    }
    expect(issue(NumberCell.safeParse(""))).toEqual(["expected a number, found an empty cell"]);
    expect(issue(NumberCell.safeParse("n/a"))).toEqual(['expected a number, found "n/a"']);
  });

  it("shares must lie between 0 and 1", () => {
    expect(ShareCell.parse("0.5")).toBe(0.5);
    expect(issue(ShareCell.safeParse("1.2"))).toEqual(["expected a value between 0 and 1"]);
    expect(issue(ShareCell.safeParse("-0.1"))).toEqual(["expected a value between 0 and 1"]);
  });

  it("task IDs may be written as floats with a zero fraction", () => {
    expect(IdCell.parse("8823.0")).toBe(8823);
    expect(IdCell.parse("21667")).toBe(21667);
    expect(issue(IdCell.safeParse("8823.5"))).toEqual(['expected a whole positive number, found "8823.5"']);
    expect(issue(IdCell.safeParse("0"))).toEqual(['expected a whole positive number, found "0"']);
  });
});

describe("BLS markers", () => {
  it("reads #, * and ** as what they mean, and numbers with separators as values", () => {
    expect(OewsCell.parse("#")).toEqual({ status: "top-coded" });
    expect(OewsCell.parse("*")).toEqual({ status: "not-available", marker: "*" });
    expect(OewsCell.parse("**")).toEqual({ status: "not-available", marker: "**" });
    expect(OewsCell.parse("208,000")).toEqual({ status: "value", value: 208000 });
    expect(OewsCell.parse("23.48")).toEqual({ status: "value", value: 23.48 });
  });

  it("refuses other text and empty cells", () => {
    expect(issue(OewsCell.safeParse("***"))).toEqual(['expected a number or one of the BLS markers *, ** or #, found "***"']);
    expect(issue(OewsCell.safeParse(""))).toEqual(["expected a number or one of the BLS markers *, ** or #, found an empty cell"]);
  });
});

describe("labels", () => {
  it("exposure labels and task types", () => {
    expect(ExposureCell.parse("E2")).toBe("E2");
    expect(issue(ExposureCell.safeParse("E3"))).toEqual(['expected one of E0 | E1 | E2, found "E3"']);
    expect(TaskTypeCell.parse("Core")).toBe("core");
    expect(TaskTypeCell.parse("Supplemental")).toBe("supplemental");
    expect(TaskTypeCell.parse("")).toBe("unclassified");
    expect(issue(TaskTypeCell.safeParse("core"))).toEqual(['expected Core, Supplemental or an empty cell, found "core"']);
  });
});

describe("percentileRank", () => {
  const d = buildDistribution([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]);

  it("is the share below, counting ties as half", () => {
    expect(percentileRank(d, 0.5)).toBe(45); // 4 below, 1 equal → 4.5 of 10
    expect(percentileRank(d, 0.55)).toBe(50); // between values: 5 below
    expect(percentileRank(buildDistribution([1, 2, 2, 2, 3]), 2)).toBe(50); // 1 below, 3 equal → 2.5 of 5
  });

  it("is clamped to 1–99 at the ends, never 0th or 100th", () => {
    expect(percentileRank(d, 0.1)).toBe(5);
    expect(percentileRank(d, 0)).toBe(1);
    expect(percentileRank(d, 1.0)).toBe(95);
    expect(percentileRank(d, 2)).toBe(99);
    expect(percentileRank(buildDistribution([7]), 7)).toBe(50);
  });

  it("does not depend on input order, and knows the median", () => {
    const shuffled = buildDistribution([0.9, 0.1, 0.5, 0.3]);
    expect(shuffled.sorted).toEqual([0.1, 0.3, 0.5, 0.9]);
    expect(shuffled.median).toBe(0.4);
    expect(buildDistribution([3, 1, 2]).median).toBe(2);
  });

  it("refuses non-finite values and empty distributions", () => {
    expect(() => percentileRank(d, Number.NaN)).toThrow("not a finite number: NaN");
    expect(() => buildDistribution([])).toThrow("a distribution needs at least one value");
    expect(() => buildDistribution([1, Number.NaN])).toThrow("not a finite number: NaN");
  });

  it("ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 98, 99].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "98th",
      "99th",
    ]);
  });
});
