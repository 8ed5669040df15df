import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeExposureShare, continueSentence, leastFamiliarTool, scoreAssessment, sumWeights } from "@/lib/assessment/scoring";
import { RISK_LEVELS } from "@/lib/content/risk";
import { PROFILE, answers } from "./helpers/assessment-profile";

describe("computeExposureShare", () => {
  it("weights none 0, some 1, a lot 3", () => {
    expect(sumWeights([0, 1, 2])).toBe(4);
    expect(sumWeights([])).toBe(0);
  });

  it("is the automating weight's share of the listed time", () => {
    // A = 3 + 1 = 4, G = 1 + 1 + 1 = 3, listed time 70%: 70 × 4 / 7 = 40.
    expect(computeExposureShare(answers([2, 1, 0], [1, 1, 1], 30))).toBe(40);
    expect(computeExposureShare(answers([2, 2, 2], [0, 0, 0], 0))).toBe(100);
    expect(computeExposureShare(answers([2, 2, 2], [0, 0, 0], 90))).toBe(10);
    expect(computeExposureShare(answers([0, 0, 0], [2, 2, 2], 0))).toBe(0);
  });

  it("is 0 when every listed task is none (no division by zero)", () => {
    expect(computeExposureShare(answers([0, 0, 0], [0, 0, 0], 20))).toBe(0);
  });

  it("stays within 0–100 and never rises with more time outside the listed tasks", () => {
    const time = fc.constantFrom(0, 1, 2);
    fc.assert(
      fc.property(
        fc.array(time, { minLength: 3, maxLength: 3 }),
        fc.array(time, { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 89 }),
        (a, g, o) => {
          const share = computeExposureShare(answers(a, g, o));
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(100);
          expect(computeExposureShare(answers(a, g, o + 1))).toBeLessThanOrEqual(share);
        },
      ),
    );
  });
});

describe("scoreAssessment: score and band", () => {
  it.each([
    // automating, augmenting, outside → score, band (thresholds of lib/content/risk.ts)
    [[0, 0, 0], [2, 2, 2], 0, 0, "low"],
    [[1, 0, 0], [1, 0, 0], 62, 19, "low"],
    [[1, 0, 0], [1, 0, 0], 61, 20, "medium"], // 19.5 rounds up
    [[1, 0, 0], [2, 1, 0], 0, 20, "medium"],
    [[1, 1, 0], [2, 0, 0], 2, 39, "medium"],
    [[1, 1, 0], [2, 0, 0], 0, 40, "high"],
    [[2, 0, 0], [1, 1, 0], 2, 59, "high"],
    [[2, 0, 0], [1, 1, 0], 0, 60, "very-high"],
    [[2, 2, 2], [0, 0, 0], 0, 100, "very-high"],
  ] as const)("%j / %j / outside %i → %i (%s)", (a, g, o, score, band) => {
    const result = scoreAssessment(PROFILE, answers([...a], [...g], o));
    expect(result.score).toBe(score);
    expect(result.band).toBe(band);
  });

  it("reaches every band", () => {
    const reached = new Set<string>();
    for (const a of [
      [0, 0, 0],
      [1, 0, 0],
      [1, 1, 0],
      [2, 0, 0],
      [2, 2, 2],
    ]) {
      for (const g of [
        [0, 0, 0],
        [1, 0, 0],
        [2, 2, 2],
      ])
        reached.add(scoreAssessment(PROFILE, answers(a, g, 0)).band);
    }
    expect([...reached].sort()).toEqual([...RISK_LEVELS].sort());
  });

  it("reports the role's share and the listed share, and flags all-none answers", () => {
    const result = scoreAssessment(PROFILE, answers([0, 0, 0], [0, 0, 0], 40));
    expect(result).toMatchObject({
      score: 0,
      band: "low",
      roleShare: 30,
      listedShare: 60,
      noListedTasks: true,
      mostExposed: [],
      strongestHuman: [],
    });
    expect(scoreAssessment(PROFILE, answers([1, 0, 0], [0, 0, 0], 40)).noListedTasks).toBe(false);
  });

  it("refuses answers that do not fit the profile", () => {
    expect(() => scoreAssessment(PROFILE, answers([1, 1], [1, 1, 1], 0))).toThrow(RangeError);
    expect(() => scoreAssessment(PROFILE, answers([1, 1, 1], [1, 1, 1], 0, [0, 0]))).toThrow(RangeError);
    expect(() => scoreAssessment(PROFILE, answers([1, 1, 1], [1, 1, 1], 95))).toThrow(RangeError);
    expect(() => scoreAssessment(PROFILE, answers([1, 1, 1], [1, 1, 1], 2.5))).toThrow(RangeError);
  });

  it("is deterministic", () => {
    const a = answers([2, 1, 0], [0, 2, 1], 30, [2, 1, 0]);
    expect(scoreAssessment(PROFILE, a)).toEqual(scoreAssessment(PROFILE, structuredClone(a)));
  });
});

describe("scoreAssessment: tasks", () => {
  it("lists the automating tasks the person does, a lot before some, ties in profile order", () => {
    const result = scoreAssessment(PROFILE, answers([1, 2, 1], [0, 0, 0], 0));
    expect(result.mostExposed.map((t) => [t.task, t.answer])).toEqual([
      ["Stock ordering; supplier reorders", 2],
      ["Staff rota scheduling", 1],
      ["Daily sales reports", 1],
    ]);
  });

  it("lists the augmenting tasks the person does the same way, leaving out none", () => {
    const result = scoreAssessment(PROFILE, answers([0, 0, 0], [1, 0, 2], 0));
    expect(result.strongestHuman.map((t) => [t.task, t.answer])).toEqual([
      ["Handling complaints", 2],
      ["Hiring baristas", 1],
    ]);
  });
});

describe("scoreAssessment: skills to prioritise", () => {
  it("puts the least familiar tool first for a low or medium score", () => {
    const result = scoreAssessment(PROFILE, answers([1, 0, 0], [2, 1, 0], 0, [2, 1, 0]));
    expect(result.band).toBe("medium");
    expect(result.skills).toMatchInlineSnapshot(`
      [
        {
          "kind": "tool",
          "name": "Square Dashboard",
          "why": "You have not used it yet. In this role it is used for reading sales trends and margins per item without a spreadsheet.",
        },
        {
          "kind": "technical",
          "name": "Food cost and margin analysis",
          "why": "The first technical skill on the Café Manager profile: it moves your week toward work AI supports rather than replaces.",
        },
        {
          "kind": "human",
          "name": "Coaching a team through a busy shift",
          "why": "It underpins the judgement in “Hiring baristas”, the human-in-the-loop task that takes most of your time.",
        },
      ]
    `);
  });

  it("puts the human skill first for a high or very high score", () => {
    const result = scoreAssessment(PROFILE, answers([2, 2, 2], [0, 0, 0], 0, [1, 2, 1]));
    expect(result.band).toBe("very-high");
    expect(result.skills.map((s) => [s.kind, s.name])).toEqual([
      ["human", "Coaching a team through a busy shift"],
      ["technical", "Food cost and margin analysis"],
      ["tool", "Deputy or Rotacloud"], // "tried" before "weekly"; ties keep profile order
    ]);
    expect(result.skills[0]!.why).toBe("It underpins the judgement work that stays with people as AI takes over routine tasks.");
    expect(result.skills[2]!.why).toMatch(/^You have tried it but do not use it weekly yet\./);
  });

  it("gives a second technical skill when every tool is used weekly", () => {
    const result = scoreAssessment(PROFILE, answers([1, 0, 0], [1, 1, 1], 0, [2, 2, 2]));
    expect(result.toolsUsedWeekly).toBe(3);
    expect(result.skills.map((s) => s.name)).toEqual([
      "Inventory management",
      "Food cost and margin analysis",
      "Coaching a team through a busy shift",
    ]);
  });

  it("finds the least familiar tool", () => {
    expect(leastFamiliarTool(PROFILE.skills.aiTools, [1, 0, 0])?.tool.name).toBe("ChatGPT");
    expect(leastFamiliarTool(PROFILE.skills.aiTools, [2, 2, 2])).toBeUndefined();
  });
});

describe("continueSentence", () => {
  it.each([
    ["Planning a change.", "planning a change"],
    ["GitHub Copilot in the editor", "GitHub Copilot in the editor"],
    ["SQL reports", "SQL reports"],
    ["drafts replies", "drafts replies"],
  ])("%s → %s", (input, output) => expect(continueSentence(input)).toBe(output));
});
