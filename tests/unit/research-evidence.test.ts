import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { taskCitations } from "@/lib/content/evidence";
import { parseDelimited } from "@/lib/research/csv";
import { buildOccupationEvidence, describePercentile, describeWages } from "@/lib/research/evidence";
import { compareBandWithResearch } from "@/lib/content/risk";
import { CSV_COLUMNS, buildRolesDataset, csvCell, rolesDatasetToCsv } from "@/lib/seo/open-data";
import { loadResearch } from "@/lib/research/load";
import { makeTree } from "./helpers/content-tree";

const root = makeTree();
const research = loadResearch(root).research!;
const content = loadContent(root);

describe("plain-language readings", () => {
  it("describe a percentile in words, at the band edges", () => {
    expect([1, 10, 11, 33, 34, 66, 67, 89, 90, 99].map((p) => describePercentile(p, "exposed"))).toEqual([
      "Among the least exposed tenth of occupations",
      "Among the least exposed tenth of occupations",
      "Less exposed than most occupations",
      "Less exposed than most occupations",
      "Around the middle of all occupations",
      "Around the middle of all occupations",
      "More exposed than most occupations",
      "More exposed than most occupations",
      "Among the most exposed tenth of occupations",
      "Among the most exposed tenth of occupations",
    ]);
  });

  it("an occupation's figures, with percentiles, readings, counts and sources", () => {
    const backend = content.roles.find((r) => r.slug === "software-developer-backend-api")!;
    const evidence = buildOccupationEvidence(research, research.byCode.get("15-1252.00")!, taskCitations(backend));
    expect(
      evidence.measures.map(({ id, valueText, percentile, population, standing, reading, note }) => ({
        id,
        valueText,
        percentile,
        population,
        standing,
        reading,
        note,
      })),
    ).toMatchInlineSnapshot(`
        [
          {
            "id": "gpt4-beta",
            "note": undefined,
            "percentile": 64,
            "population": 7,
            "reading": "GPT-4 rated 15 of its 19 O*NET tasks directly exposed (an LLM alone could halve the time) and 3 exposed with tools built on an LLM.",
            "standing": "Around the middle of all occupations (64th percentile)",
            "valueText": "0.87",
          },
          {
            "id": "human-beta",
            "note": undefined,
            "percentile": 64,
            "population": 7,
            "reading": "Human annotators rated 1 of its 19 O*NET tasks directly exposed (an LLM alone could halve the time) and 15 exposed with tools built on an LLM.",
            "standing": "Around the middle of all occupations (64th percentile)",
            "valueText": "0.45",
          },
          {
            "id": "ai-applicability",
            "note": undefined,
            "percentile": 75,
            "population": 6,
            "reading": "People's real Bing Copilot conversations in 2024 covered much of its work, and AI often completed what was asked.",
            "standing": "More AI-applicable than most occupations (75th percentile)",
            "valueText": "0.28",
          },
        ]
      `);
    expect(evidence.taskCounts).toEqual({ E0: 1, E1: 15, E2: 3 });
    expect(evidence.onetUrl).toBe("https://www.onetonline.org/link/summary/15-1252.00");
    // The profile's task IDs point back at its own list items.
    expect(evidence.tasks.find((t) => t.id === 21669)!.citedBy).toEqual([
      { list: "automating", task: "API reference documentation from OpenAPI and GraphQL schemas" },
      { list: "automating", task: "Unit tests for handlers and service functions" },
    ]);
    expect(evidence.tasks.find((t) => t.id === 21661)!.citedBy).toEqual([]);
  });

  it("a combined-group figure says so", () => {
    const evidence = buildOccupationEvidence(research, research.byCode.get("13-1021.00")!);
    expect(evidence.measures.find((m) => m.id === "ai-applicability")!.note).toBe(
      "Scored for the combined SOC group “Buyers and Purchasing Agents” (13-1020).",
    );
    expect(evidence.wages).toEqual({
      employmentText: "439,020",
      wageText: "$63,470",
      note: "BLS publishes this occupation only within “Buyers and Purchasing Agents” (13-1020); the figures are for that whole group.",
      sourceUrl: "https://www.bls.gov/oes/2021/may/oes131020.htm",
    });
  });

  it("suppressed and top-coded wages become words, never NaN or $0", () => {
    expect(describeWages(research.byCode.get("29-1211.00")!.wages)!.wageText).toBe(
      "$208,000 or more (BLS publishes no exact figure above this)",
    );
    expect(describeWages(research.byCode.get("27-2011.00")!.wages)!.wageText).toBe(
      "not published (workers in this occupation typically do not work full-time all year); median hourly wage $23.48",
    );
    expect(
      describeWages({
        code: "41-9012",
        title: "Models",
        combined: false,
        employment: { status: "not-available", marker: "**" },
        medianAnnualWage: { status: "not-available", marker: "*" },
        medianHourlyWage: { status: "not-available", marker: "*" },
      }),
    ).toMatchObject({ employmentText: "not published by BLS", wageText: "not published by BLS" });
    expect(describeWages(undefined)).toBeUndefined();
  });
});

describe("band versus research", () => {
  it("agrees within one step and says which way it disagrees beyond", () => {
    expect(compareBandWithResearch("medium", [40, 60])).toMatchObject({
      editorialStep: 2,
      researchStep: 3,
      meanPercentile: 50,
      verdict: "agree",
    });
    expect(compareBandWithResearch("medium", [90, 80, 84])).toMatchObject({
      researchStep: 4,
      meanPercentile: 85,
      verdict: "research-higher",
    });
    expect(compareBandWithResearch("very-high", [10, 30])).toMatchObject({ researchStep: 1, verdict: "research-lower" });
    expect(compareBandWithResearch("low", [24])).toMatchObject({ researchStep: 1, verdict: "agree" });
    expect(compareBandWithResearch("low", [25, 74])).toMatchObject({ researchStep: 3, verdict: "research-higher" });
    expect(compareBandWithResearch("low", [])).toBeUndefined();
  });

  it("the message names both positions", () => {
    const disagreement = compareBandWithResearch("medium", [98, 72, 83])!;
    expect(disagreement.message).toMatchInlineSnapshot(
      `"Our band and the research disagree: we rate this role Medium (step 2 of 4), while the research places the occupation in the most exposed quarter of all occupations (mean percentile 84)."`,
    );
    // The general reason, shown only where a profile has no researchNote of its own (the check requires one).
    expect(disagreement.explanation).toMatchInlineSnapshot(
      `"Exposure counts every task AI could speed up, including ones a person still does and signs off; our band counts only the work AI can do end to end today."`,
    );
    expect(compareBandWithResearch("high", [60])!.message).toMatchInlineSnapshot(
      `"Our band (High, step 3 of 4) and the research broadly agree: on average the research places this work in the third quarter of all occupations (mean percentile 60)."`,
    );
  });
});

describe("open data downloads", () => {
  const dataset = buildRolesDataset(content.roles, research);

  it("carry every published profile with its band, codes and figures, and the credits", () => {
    expect(dataset.roles.map((r) => [r.slug, r.band, r.occupations.map((o) => o.code)])).toEqual([
      ["software-developer", "medium", ["15-1252.00", "15-1251.00"]],
      ["software-developer-backend-api", "medium", ["15-1252.00"]],
    ]);
    expect(dataset.roles[1]!.occupations[0]).toEqual({
      code: "15-1252.00",
      title: "Software Developers",
      gpt4Beta: 0.8684,
      gpt4BetaPercentile: 64,
      humanBeta: 0.4474,
      humanBetaPercentile: 64,
      aiApplicability: 0.2839,
      aiApplicabilityPercentile: 75,
      aiApplicabilitySoc: "15-1252",
      blsCode: "15-1252",
      employmentMay2021: 1364180,
      medianAnnualWageMay2021: 120730,
      blsNote: null,
    });
    expect(dataset.credits.map((c) => c.licence)).toEqual(["MIT", "CC BY 4.0", "Public domain"]);
    expect(dataset.notes[0]).toMatch(/^Exposure is not a forecast of job loss/);
  });

  it("leave drafts out", () => {
    const withDraft = content.roles.map((r) => (r.slug === "software-developer" ? { ...r, draft: true } : r));
    expect(buildRolesDataset(withDraft, research).roles.map((r) => r.slug)).toEqual(["software-developer-backend-api"]);
  });

  it("the CSV starts with credit comments, then a header and one row per profile and code, and parses back", () => {
    const csv = rolesDatasetToCsv(dataset);
    const lines = csv.split("\r\n");
    const comments = lines.filter((l) => l.startsWith("# "));
    expect(comments.length).toBeGreaterThanOrEqual(5);
    expect(comments.join("\n")).toContain("CC BY 4.0");
    const parsed = parseDelimited(lines.filter((l) => !l.startsWith("#")).join("\n"), ",");
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.header.cells).toEqual([...CSV_COLUMNS]);
    expect(parsed.records).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, parsed.records[2]!.cells[i]]));
    expect(row).toMatchObject({
      slug: "software-developer-backend-api",
      onet_code: "15-1252.00",
      gpt4_beta: "0.8684",
      median_annual_wage_may2021: "120730",
      bls_note: "",
    });
  });

  it("quotes cells that need it", () => {
    expect(csvCell("Software Developer — Backend / API")).toBe("Software Developer — Backend / API");
    expect(csvCell("Buyers, Farm")).toBe('"Buyers, Farm"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe("");
    expect(csvCell(0.5)).toBe("0.5");
  });
});
