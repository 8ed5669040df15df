import { describe, expect, it } from "vitest";
import { searchOccupations } from "@/lib/discovery/occupation-search";

// Uses the shipped research data (content/data), read from the repository root.
describe("searchOccupations", () => {
  it("finds official occupations by title, tolerating a typo", () => {
    expect(searchOccupations("software developers").map((o) => o.code)).toContain("15-1252.00");
    expect(searchOccupations("pharmacist")[0]?.code).toBe("29-1051.00");
    expect(searchOccupations("electricans").map((o) => o.code)).toContain("47-2111.00");
  });
  it("finds nothing for nonsense, and links each hit to its page", () => {
    expect(searchOccupations("zzqx")).toEqual([]);
    for (const hit of searchOccupations("teacher")) expect(hit.path).toBe(`/occupations/${hit.code}`);
  });
});
