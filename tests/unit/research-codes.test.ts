import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/check/problems";
import { loadContent } from "@/lib/content/load";
import { OEWS_COMBINED_CODES, majorGroupOf, onetToSoc, resolveSocKey } from "@/lib/research/codes";
import { loadResearch } from "@/lib/research/load";
import { BACKEND, PARENT, backendWith, makeTree, readFixture } from "./helpers/content-tree";

describe("O*NET-SOC codes", () => {
  it("map to SOC by dropping the suffix", () => {
    expect(onetToSoc("15-1252.00")).toBe("15-1252");
    expect(onetToSoc("15-1299.08")).toBe("15-1299");
    expect(majorGroupOf("15-1252.00")).toBe("15");
    expect(() => onetToSoc("15-1252")).toThrow('not an O*NET-SOC code: "15-1252"');
  });

  it("resolve to the dataset's own SOC code first, then to the combined OEWS code", () => {
    const has = (codes: string[]) => (soc: string) => codes.includes(soc);
    expect(resolveSocKey("15-1252.00", has(["15-1252"]))).toEqual({ soc: "15-1252", combined: false });
    expect(resolveSocKey("13-1022.00", has(["13-1020"]))).toEqual({ soc: "13-1020", combined: true });
    expect(resolveSocKey("13-1022.00", has(["13-1022", "13-1020"]))).toEqual({ soc: "13-1022", combined: false });
    expect(resolveSocKey("45-3031.00", has([]))).toBeUndefined();
  });

  it("every combined code exists in the shipped BLS and applicability data", () => {
    const { research } = loadResearch(process.cwd());
    const wageCodes = new Set(research!.occupations.flatMap((o) => (o.wages ? [o.wages.code] : [])));
    const scoreCodes = new Set(research!.occupations.flatMap((o) => (o.applicability ? [o.applicability.code] : [])));
    for (const target of new Set(Object.values(OEWS_COMBINED_CODES))) {
      expect(wageCodes.has(target), `BLS ${target}`).toBe(true);
      expect(scoreCodes.has(target), `Tomlinson ${target}`).toBe(true);
    }
  });
});

function errorsOf(edits: Record<string, string | null>): string[] {
  return loadContent(makeTree(edits))
    .problems.filter((p) => p.severity === "error")
    .map(formatProblem);
}

describe("profiles' codes are checked against the research data", () => {
  it("the fixture profiles' codes and task IDs are valid", () => {
    expect(errorsOf({})).toEqual([]);
  });

  it("an unknown code names file, line, field and code, with a suggestion", () => {
    expect(errorsOf({ [BACKEND]: backendWith("  - 15-1252.00", "  - 15-1259.00") })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:12:5 onet[0] — unknown O*NET-SOC code 15-1259.00: no occupation with this code in content/data/gpts-are-gpts/occ_level.csv — did you mean 15-1251.00 (Computer Programmers) or 15-1252.00 (Software Developers) or 15-1253.00 (Software Quality Assurance Analysts and Testers)?",
        "content/roles/software-developer-backend-api.md:21:15 automating[0].taskIds[0] — O*NET task 21667 belongs to 15-1252.00 (Software Developers), which is not among this profile's codes (15-1259.00): cite a task of those codes or add 15-1252.00 to onet (onet has an unknown code: fix that first)",
        "content/roles/software-developer-backend-api.md:24:15 automating[1].taskIds[0] — O*NET task 21670 belongs to 15-1252.00 (Software Developers), which is not among this profile's codes (15-1259.00): cite a task of those codes or add 15-1252.00 to onet (onet has an unknown code: fix that first)",
        "content/roles/software-developer-backend-api.md:27:15 automating[2].taskIds[0] — O*NET task 21669 belongs to 15-1252.00 (Software Developers), which is not among this profile's codes (15-1259.00): cite a task of those codes or add 15-1252.00 to onet (onet has an unknown code: fix that first)",
        "content/roles/software-developer-backend-api.md:32:15 automating[4].taskIds[0] — O*NET task 21669 belongs to 15-1252.00 (Software Developers), which is not among this profile's codes (15-1259.00): cite a task of those codes or add 15-1252.00 to onet (onet has an unknown code: fix that first)",
        "content/roles/software-developer-backend-api.md:43:15 augmenting[2].taskIds[0] — O*NET task 21670 belongs to 15-1252.00 (Software Developers), which is not among this profile's codes (15-1259.00): cite a task of those codes or add 15-1252.00 to onet (onet has an unknown code: fix that first)",
        "content/roles/software-developer-backend-api.md:43:22 augmenting[2].taskIds[1] — O*NET task 21671 belongs to 15-1252.00 (Software Developers), which is not among this profile's codes (15-1259.00): cite a task of those codes or add 15-1252.00 to onet (onet has an unknown code: fix that first)",
        "content/roles/software-developer-backend-api.md:50:15 augmenting[4].taskIds[0] — O*NET task 21668 belongs to 15-1252.00 (Software Developers), which is not among this profile's codes (15-1259.00): cite a task of those codes or add 15-1252.00 to onet (onet has an unknown code: fix that first)",
      ]
    `);
  });

  it("a code far from any other gets a pointer to O*NET instead of a guess", () => {
    const text = readFixture(PARENT).replace("  - 15-1251.00", "  - 99-0001.00");
    expect(errorsOf({ [PARENT]: text }).filter((e) => e.includes("onet["))).toEqual([
      "content/roles/software-developer.md:13:5 onet[1] — unknown O*NET-SOC code 99-0001.00: no occupation with this code in content/data/gpts-are-gpts/occ_level.csv (look the occupation up at https://www.onetonline.org/find/)",
    ]);
  });

  it("a task ID of another occupation, a mistyped task ID and a duplicate code", () => {
    const text = backendWith("taskIds: [21667]", "taskIds: [1273]")
      .replace("taskIds: [21670]", "taskIds: [21607]")
      .replace("  - 15-1252.00\n", "  - 15-1252.00\n  - 15-1252.00\n");
    expect(errorsOf({ [BACKEND]: text })).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-backend-api.md:13:5 onet[1] — 15-1252.00 is listed twice",
        "content/roles/software-developer-backend-api.md:22:15 automating[0].taskIds[0] — O*NET task 1273 belongs to 15-1251.00 (Computer Programmers), which is not among this profile's codes (15-1252.00): cite a task of those codes or add 15-1251.00 to onet",
        "content/roles/software-developer-backend-api.md:25:15 automating[1].taskIds[0] — unknown O*NET task 21607: no task with this ID in content/data/gpts-are-gpts/full_labelset.tsv — did you mean 21667?",
      ]
    `);
  });

  it("a malformed research file is reported by the content check too, and codes are not checked against half-loaded data", () => {
    const exposure = readFixture("content/data/gpts-are-gpts/occ_level.csv").replace(
      "Software Developers,0.7894736842105263",
      "Software Developers,NaN",
    );
    expect(errorsOf({ "content/data/gpts-are-gpts/occ_level.csv": exposure })).toEqual([
      'content/data/gpts-are-gpts/occ_level.csv:4:32 dv_rating_alpha — expected a number, found "NaN"',
    ]);
  });
});
