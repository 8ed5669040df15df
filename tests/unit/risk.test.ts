import { describe, expect, it } from "vitest";
import { bandForShare } from "@/lib/content/risk";

describe("bandForShare (the methodology's thresholds)", () => {
  it.each([
    [0, "low"],
    [19, "low"],
    [20, "medium"],
    [39, "medium"],
    [40, "high"],
    [59, "high"],
    [60, "very-high"],
    [100, "very-high"],
  ] as const)("%i%% → %s", (share, band) => {
    expect(bandForShare(share)).toBe(band);
  });

  it("refuses a share outside 0–100", () => {
    expect(() => bandForShare(-1)).toThrow(RangeError);
    expect(() => bandForShare(101)).toThrow(RangeError);
  });
});
