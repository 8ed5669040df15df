import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/check/problems";
import { MAX_PROBLEMS_PER_FILE, RESEARCH_FILES, loadResearch } from "@/lib/research/load";
import { makeTree, readFixture } from "./helpers/content-tree";

const EXPOSURE = RESEARCH_FILES.exposure;
const TASKS = RESEARCH_FILES.tasks;
const WAGES = RESEARCH_FILES.wages;
const APPLICABILITY = RESEARCH_FILES.applicability;

/** The fixture file with one substitution applied (must match exactly once). */
function fixtureWith(file: string, from: string | RegExp, to: string): string {
  const source = readFixture(file);
  const next = source.replace(from, to);
  if (next === source) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return next;
}

function loaded(edits: Record<string, string | null> = {}) {
  return loadResearch(makeTree(edits));
}

function errorsOf(edits: Record<string, string | null>): string[] {
  const { research, problems } = loaded(edits);
  expect(research).toBeUndefined();
  return problems.map(formatProblem);
}

describe("loadResearch on the fixture excerpt", () => {
  const { research, problems } = loaded();

  it("loads every occupation with no problems", () => {
    expect(problems).toEqual([]);
    expect(research!.occupations.map((o) => o.code)).toEqual([
      "13-1021.00",
      "15-1251.00",
      "15-1252.00",
      "15-1253.00",
      "27-2011.00",
      "29-1211.00",
      "45-3031.00",
    ]);
  });

  it("joins the three datasets by code (the BLS file starts with a BOM and uses thousands separators)", () => {
    const dev = research!.byCode.get("15-1252.00")!;
    expect(dev).toMatchObject({
      soc: "15-1252",
      majorGroup: "15",
      title: "Software Developers",
      gpt4: { alpha: 0.7894736842105263, beta: 0.8684210526315789, gamma: 0.9473684210526315 },
      applicability: { code: "15-1252", combined: false, score: 0.2838686405582842 },
      wages: {
        code: "15-1252",
        combined: false,
        employment: { status: "value", value: 1364180 },
        medianAnnualWage: { status: "value", value: 120730 },
      },
    });
    expect(research!.majorGroups.get("15")).toBe("Computer and Mathematical Occupations");
    expect(research!.majorGroups.get("27")).toBe("Arts, Design, Entertainment, Sports, and Media Occupations");
  });

  it("a code in one dataset and not the other: figures are absent, never zero", () => {
    // 15-1253 is in the BLS file but not in the applicability excerpt; 45-3031 the other way round.
    expect(research!.byCode.get("15-1253.00")!.applicability).toBeUndefined();
    expect(research!.byCode.get("15-1253.00")!.wages?.employment).toEqual({ status: "value", value: 190120 });
    expect(research!.byCode.get("45-3031.00")!.wages).toBeUndefined();
    expect(research!.byCode.get("45-3031.00")!.applicability?.score).toBe(0.06462523921176413);
  });

  it("uses the combined OEWS code where BLS and Tomlinson et al. publish only that", () => {
    const buyers = research!.byCode.get("13-1021.00")!;
    expect(buyers.wages).toMatchObject({ code: "13-1020", title: "Buyers and Purchasing Agents", combined: true });
    expect(buyers.applicability).toMatchObject({ code: "13-1020", combined: true });
  });

  it("keeps suppressed and top-coded BLS values as what they are", () => {
    expect(research!.byCode.get("29-1211.00")!.wages).toMatchObject({
      medianAnnualWage: { status: "top-coded" },
      medianHourlyWage: { status: "top-coded" },
    });
    expect(research!.byCode.get("27-2011.00")!.wages).toMatchObject({
      medianAnnualWage: { status: "not-available", marker: "*" },
      medianHourlyWage: { status: "value", value: 23.48 },
    });
  });

  it("indexes tasks by ID and lists core tasks before supplemental ones, in O*NET's order", () => {
    expect(research!.taskOwner.get(21667)).toBe("15-1252.00");
    expect(research!.taskOwner.get(1273)).toBe("15-1251.00");
    const types = research!.byCode.get("15-1251.00")!.tasks.map((t) => t.type);
    expect(types.indexOf("supplemental")).toBe(13);
    expect(types.slice(0, 13).every((t) => t === "core")).toBe(true);
    expect(research!.byCode.get("15-1251.00")!.tasks[0]).toMatchObject({ id: 1273, type: "core", gpt4: "E1", human: "E1" });
    expect(research!.byCode.get("15-1252.00")!.tasks.every((t) => t.type === "unclassified")).toBe(true);
  });

  it("builds distributions over each dataset's own population", () => {
    expect(research!.distributions.gpt4Beta.sorted).toHaveLength(7);
    expect(research!.distributions.applicability.sorted).toHaveLength(6); // SOC codes scored, not O*NET codes
  });

  it("reads the same data without the byte-order mark and with LF line endings", () => {
    const plain = readFixture(WAGES)
      .replace(/^\uFEFF/, "")
      .replace(/\r\n/g, "\n");
    const again = loaded({ [WAGES]: plain });
    expect(again.problems).toEqual([]);
    expect(again.research!.byCode.get("15-1252.00")!.wages).toEqual(research!.byCode.get("15-1252.00")!.wages);
  });
});

describe("malformed rows fail loudly with file, line, column and field", () => {
  it("a number that is not a number", () => {
    expect(errorsOf({ [EXPOSURE]: fixtureWith(EXPOSURE, "Computer Programmers,0.9,", "Computer Programmers,0.9x,") }))
      .toMatchInlineSnapshot(`
      [
        "content/data/gpts-are-gpts/occ_level.csv:3:33 dv_rating_alpha — expected a number, found "0.9x"",
      ]
    `);
  });

  it("an empty score, a score out of range and a bad code, all at once", () => {
    const text = fixtureWith(EXPOSURE, "Computer Programmers,0.9,0.95,", "Computer Programmers,,1.95,").replace("27-2011.00", "27-2011");
    expect(errorsOf({ [EXPOSURE]: text })).toMatchInlineSnapshot(`
      [
        "content/data/gpts-are-gpts/occ_level.csv:3:33 dv_rating_alpha — expected a number, found an empty cell",
        "content/data/gpts-are-gpts/occ_level.csv:3:34 dv_rating_beta — expected a value between 0 and 1",
        "content/data/gpts-are-gpts/occ_level.csv:6:1 O*NET-SOC Code — expected an O*NET-SOC code such as 15-1252.00",
      ]
    `);
  });

  it("a BLS cell with an unknown marker, and a wrong task label", () => {
    const wages = fixtureWith(WAGES, '"1,364,180"', '"1.364.180"');
    const tasks = fixtureWith(TASKS, /\tE1\tE1\t/, "\tE1\tE4\t");
    const problems = errorsOf({ [WAGES]: wages, [TASKS]: tasks });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/data\/gpts-are-gpts\/full_labelset\.tsv:\d+:\d+ gpt4_exposure — expected one of E0 \| E1 \| E2, found "E4"$/,
    );
    expect(problems[1]).toBe(
      'content/data/bls-oews/national_May2021_dl.csv:8:93 TOT_EMP — expected a number or one of the BLS markers *, ** or #, found "1.364.180"',
    );
  });

  it("a row with too few cells, and a missing column", () => {
    expect(
      errorsOf({ [APPLICABILITY]: fixtureWith(APPLICABILITY, "15-1251,Computer Programmers,0.3100317881564861", "15-1251,0.31") }),
    ).toEqual(["content/data/working-with-ai/soc_ai_applicability_scores.csv:3:1 (row) — expected 3 cells as in the header, found 2"]);
    expect(errorsOf({ [APPLICABILITY]: fixtureWith(APPLICABILITY, "ai_applicability_score", "score") })).toEqual([
      'content/data/working-with-ai/soc_ai_applicability_scores.csv:1:1 (header) — missing column "ai_applicability_score"; the header has "SOC Code", "title", "score"',
    ]);
  });

  it("a duplicate code, a task of an unknown occupation and a missing file", () => {
    const exposure = readFixture(EXPOSURE) + "15-1252.00,Software Developers,0.5,0.5,0.5,0.5,0.5,0.5\n";
    expect(errorsOf({ [EXPOSURE]: exposure })).toEqual([
      "content/data/gpts-are-gpts/occ_level.csv:9:1 O*NET-SOC Code — 15-1252.00 is listed twice (first on line 4)",
    ]);
    const tasks = readFixture(TASKS) + "99\t99-9999.00\t99999.0\tA task of nobody.\tCore\tNobody\tE0\tE0\tE0\tFalse\tT0\t0\t0\t0\t0\tE0\n";
    expect(errorsOf({ [TASKS]: tasks })).toEqual([
      "content/data/gpts-are-gpts/full_labelset.tsv:53:1 O*NET-SOC Code — occupation 99-9999.00 has task statements but no exposure scores in content/data/gpts-are-gpts/occ_level.csv",
    ]);
    expect(errorsOf({ [WAGES]: null })).toEqual([
      "content/data/bls-oews/national_May2021_dl.csv:1:1 (file) — research data file is missing: copy it back from the dataset's source (see content/data/README.md)",
    ]);
  });

  it("an unclosed quote points at the line it opens on", () => {
    expect(errorsOf({ [APPLICABILITY]: readFixture(APPLICABILITY).replace("15-1252,Software", '15-1252,"Software') })).toEqual([
      'content/data/working-with-ai/soc_ai_applicability_scores.csv:4:9 (file) — malformed CSV: a quoted value is never closed (missing ")',
    ]);
  });

  it(`lists at most ${MAX_PROBLEMS_PER_FILE} malformed rows per file, then counts the rest`, () => {
    const header = readFixture(APPLICABILITY).split("\n")[0];
    const rows = Array.from({ length: 30 }, (_, i) => `11-${String(1000 + i)},Occupation ${i},high`);
    const problems = errorsOf({ [APPLICABILITY]: [header, ...rows].join("\n") });
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(problems.at(-1)).toBe(
      "content/data/working-with-ai/soc_ai_applicability_scores.csv:1:1 (file) — 10 more malformed rows not listed (30 in all)",
    );
  });
});

describe("the shipped data", () => {
  const { research, problems } = loadResearch(process.cwd());

  it("loads without a problem: 923 occupations, 19,265 tasks, 785 applicability scores", () => {
    expect(problems).toEqual([]);
    expect(research!.occupations).toHaveLength(923);
    expect(research!.taskOwner.size).toBe(19265);
    expect(research!.distributions.applicability.sorted).toHaveLength(785);
  });

  it("every occupation has tasks and a score; all but one have BLS figures", () => {
    expect(research!.occupations.filter((o) => o.tasks.length === 0)).toEqual([]);
    expect(research!.occupations.filter((o) => !o.applicability).map((o) => o.code)).toEqual([]);
    expect(research!.occupations.filter((o) => !o.wages).map((o) => o.code)).toEqual(["45-3031.00"]);
    expect(research!.occupations.filter((o) => o.wages?.combined)).toHaveLength(30);
    expect(research!.majorGroups.size).toBe(22);
  });

  it("never reads outside the project: the loader's files all live in content/data", () => {
    for (const file of Object.values(RESEARCH_FILES)) {
      expect(file.startsWith("content/data/")).toBe(true);
      expect(fs.existsSync(path.join(process.cwd(), file))).toBe(true);
    }
    const licences = [
      "gpts-are-gpts/LICENSE",
      "working-with-ai/LICENSE.txt",
      "working-with-ai/NOTICE.md",
      "bls-oews/NOTICE.md",
      "README.md",
    ];
    for (const file of licences) expect(fs.existsSync(path.join(process.cwd(), "content/data", file)), file).toBe(true);
  });
});
