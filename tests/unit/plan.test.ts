import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAN_PHASES, addDays, buildPlan, splitHours, type PlanPhase } from "@/lib/assessment/plan";
import { scoreAssessment } from "@/lib/assessment/scoring";
import { PROFILE, answers } from "./helpers/assessment-profile";

const START = "2027-01-04";
const ANSWERS = answers([0, 2, 1], [0, 1, 2], 20, [2, 0, 1]);

describe("splitHours", () => {
  it.each([
    [1, [0.6, 0.4], [0.5, 0.5]],
    [2, [0.6, 0.4], [1, 1]],
    [3, [0.5, 0.3, 0.2], [1.5, 1, 0.5]],
    [5, [0.5, 0.3, 0.2], [2.5, 1.5, 1]],
    [7, [0.5, 0.3, 0.2], [3.5, 2, 1.5]],
    [20, [0.5, 0.3, 0.2], [10, 6, 4]],
  ])("%i h over %j → %j", (hours, weights, parts) => {
    expect(splitHours(hours, weights)).toEqual(parts);
  });

  it("always adds up to the hours, in half-hour steps of at least half an hour", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        (units, weights) => {
          fc.pre(units >= weights.length);
          const parts = splitHours(units / 2, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(units / 2);
          for (const p of parts) {
            expect(p).toBeGreaterThanOrEqual(0.5);
            expect(Number.isInteger(p * 2)).toBe(true);
          }
        },
      ),
    );
  });

  it("refuses fewer half hours than tasks", () => {
    expect(() => splitHours(1, [1, 1, 1])).toThrow(RangeError);
  });
});

describe("buildPlan: shape", () => {
  it("has twelve weeks, fundamentals before practice before advanced", () => {
    const plan = buildPlan(PROFILE, { answers: ANSWERS, hours: 5, start: START });
    expect(plan.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const order: PlanPhase[] = PLAN_PHASES.map((p) => p.phase);
    const phases = plan.weeks.map((w) => order.indexOf(w.phase));
    expect(phases).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it("dates the weeks from the start date", () => {
    const plan = buildPlan(PROFILE, { hours: 3, start: "2027-12-27" });
    expect(plan.weeks[0]).toMatchObject({ starts: "2027-12-27", ends: "2028-01-02" });
    expect(plan.weeks[11]).toMatchObject({ starts: "2028-03-13", ends: "2028-03-19" });
    expect(plan.end).toBe("2028-03-19");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it.each([1, 2, 3, 4, 10, 20])("with %i h a week, every week's tasks add up to the hours", (hours) => {
    const plan = buildPlan(PROFILE, { answers: ANSWERS, hours, start: START });
    expect(plan.tasksPerWeek).toBe(hours <= 2 ? 2 : 3);
    for (const week of plan.weeks) {
      expect(week.tasks).toHaveLength(plan.tasksPerWeek);
      expect(week.tasks.reduce((sum, t) => sum + t.hours, 0)).toBe(hours);
    }
  });

  it("gives every week a focus, a checkpoint and tasks of the three kinds over the plan", () => {
    const plan = buildPlan(PROFILE, { answers: ANSWERS, hours: 2, start: START });
    for (const week of plan.weeks) {
      expect(week.focus.length).toBeGreaterThan(10);
      expect(week.checkpoint).toMatch(/\.$/);
    }
    const kinds = plan.weeks.flatMap((w) => w.tasks.map((t) => t.kind));
    expect(new Set(kinds)).toEqual(new Set(["tool", "skill", "project"]));
  });

  it("ties projects to the profile's project ideas", () => {
    const plan = buildPlan(PROFILE, { hours: 3, start: START });
    const projects = plan.weeks.flatMap((w) => w.tasks.filter((t) => t.kind === "project").map((t) => t.title));
    expect(projects.filter((t) => t.includes("“Waste dashboard”")).length).toBeGreaterThanOrEqual(5);
    expect(projects.filter((t) => t.includes("“Review-reply playbook”")).length).toBeGreaterThanOrEqual(3);
  });

  it("falls back to projects built from the role's own tasks when the profile has none", () => {
    const plan = buildPlan({ ...PROFILE, projects: [] }, { hours: 3, start: START });
    expect(plan.weeks[4]!.tasks[1]).toEqual({
      kind: "project",
      title: "Build “Hand off staff rota scheduling”",
      detail:
        "Set up a repeatable way for an AI tool to do “Staff rota scheduling” with you reviewing, and measure the time it saves over four weeks.",
      hours: 1,
    });
    expect(plan.weeks[8]!.tasks[1]!.title).toBe("Build “A better hiring baristas”");
  });
});

describe("buildPlan: personalisation and defaults", () => {
  it("without answers follows the profile's order and the role's band", () => {
    const plan = buildPlan(PROFILE, { hours: 3, start: START });
    expect(plan.personalised).toBe(false);
    expect(plan.band).toBe("medium");
    expect(plan.weeks[0]!.focus).toBe("Set a baseline and set up Deputy or Rotacloud");
    expect(plan.weeks[1]!.focus).toBe("Hand “Staff rota scheduling” to AI and keep the review");
    expect(plan.weeks[8]!.focus).toBe("Own the judgement in “Hiring baristas”");
    expect(plan.summary).toMatch(/^Most of this role's week is work AI supports/);
  });

  it("with answers starts from the least familiar tool and the tasks that take most time", () => {
    const plan = buildPlan(PROFILE, { answers: ANSWERS, hours: 3, start: START });
    expect(plan.personalised).toBe(true);
    expect(plan.weeks[0]!.focus).toBe("Set a baseline and set up ChatGPT"); // never used
    expect(plan.weeks[2]!.focus).toBe("Add Square Dashboard for “Daily sales reports”"); // tried; second most time
    expect(plan.weeks[1]!.focus).toBe("Hand “Stock ordering; supplier reorders” to AI and keep the review"); // a lot
    expect(plan.weeks[8]!.focus).toBe("Own the judgement in “Handling complaints”"); // a lot
  });

  it("words the tool task by familiarity", () => {
    const weekly = buildPlan(PROFILE, { answers: answers([1, 1, 1], [1, 1, 1], 0, [2, 2, 2]), hours: 3, start: START });
    expect(weekly.weeks[0]!.tasks[0]).toMatchObject({ kind: "tool", title: "Go further with Deputy or Rotacloud" });
    const tried = buildPlan(PROFILE, { answers: answers([1, 1, 1], [1, 1, 1], 0, [1, 1, 1]), hours: 3, start: START });
    expect(tried.weeks[0]!.tasks[0]).toMatchObject({ kind: "tool", title: "Make Deputy or Rotacloud a habit" });
  });

  it("follows the personal band in its summary", () => {
    const high = buildPlan(PROFILE, { answers: answers([2, 2, 2], [0, 0, 0], 0), hours: 3, start: START });
    expect(high.band).toBe("very-high");
    expect(high.summary).toMatch(/^Much of your week is work AI can already do/);
  });

  it("is deterministic: the same inputs give the same plan, word for word", () => {
    const time = fc.constantFrom(0, 1, 2);
    const triple = fc.array(time, { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(triple, triple, fc.integer({ min: 0, max: 90 }), triple, fc.integer({ min: 1, max: 20 }), (a, g, o, t, hours) => {
        const input = { answers: answers(a, g, o, t), hours, start: START };
        expect(buildPlan(PROFILE, input)).toEqual(buildPlan(PROFILE, structuredClone(input)));
      }),
      { numRuns: 50 },
    );
  });

  it("refuses hours outside 1–20 and a malformed start", () => {
    for (const hours of [0, 21, 2.5]) expect(() => buildPlan(PROFILE, { hours, start: START })).toThrow(RangeError);
    for (const start of ["2027-02-30", "04/01/2027"]) expect(() => buildPlan(PROFILE, { hours: 3, start })).toThrow(RangeError);
  });
});

describe("buildPlan: the first and last weeks", () => {
  it("reads as a concrete plan", () => {
    const plan = buildPlan(PROFILE, { answers: ANSWERS, hours: 4, start: START });
    expect(plan.weeks[0]).toMatchInlineSnapshot(`
      {
        "checkpoint": "ChatGPT is set up and used on real work, and you know how long “Stock ordering; supplier reorders” takes you.",
        "ends": "2027-01-10",
        "focus": "Set a baseline and set up ChatGPT",
        "phase": "fundamentals",
        "starts": "2027-01-04",
        "tasks": [
          {
            "detail": "You have not used it yet. In this role it is used for drafting job adverts, replies to reviews and supplier emails. Try it on one real case of “Stock ordering; supplier reorders”.",
            "hours": 2,
            "kind": "tool",
            "title": "Set up ChatGPT",
          },
          {
            "detail": "Note how long “Stock ordering; supplier reorders” and “Handling complaints” take you this week. It is the baseline you compare against in week 4.",
            "hours": 1,
            "kind": "skill",
            "title": "Time your week",
          },
          {
            "detail": "Track daily waste per item for four weeks and use it to adjust the automatic reorder levels. Note which piece of your real work it will use.",
            "hours": 1,
            "kind": "project",
            "title": "Read up on “Waste dashboard”",
          },
        ],
        "week": 1,
      }
    `);
    expect(plan.weeks[11]!.tasks.map((t) => t.title)).toEqual([
      "Retake the assessment",
      "Present what you built",
      "Write down your AI routine",
    ]);
  });
});

describe("a profile with fewer automated tasks and no AI tools (each with its note)", () => {
  const short = { ...PROFILE, automating: PROFILE.automating.slice(0, 1), skills: { ...PROFILE.skills, aiTools: [] } };

  it("still gets twelve complete weeks, with the workplace's own technology in place of a tool", () => {
    const plan = buildPlan(short, { hours: 4, start: "2026-12-07" });
    expect(plan.weeks).toHaveLength(12);
    for (const week of plan.weeks) for (const task of week.tasks) expect(`${task.title} ${task.detail}`).not.toMatch(/undefined/);
    expect(plan.weeks[0]!.focus).toBe("Set a baseline and set up the technology at your workplace");
    expect(plan.weeks[3]!.tasks[1]!.detail).toMatch(/^Keep the uses of the technology at your workplace that saved time/);
  });

  it("scores answers and picks skills without a tool to recommend", () => {
    const result = scoreAssessment(short, { automating: [2], augmenting: [1, 1, 1], outside: 10, tools: [] });
    expect(result.skills.map((s) => s.kind).sort()).toEqual(["human", "technical", "technical"]);
    expect(result.skills.map((s) => s.why)).toContain(
      "This profile lists no AI tool to learn first, so the next gain is a deeper technical skill.",
    );
  });
});
