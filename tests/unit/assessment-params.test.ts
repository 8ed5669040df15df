import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AssessmentAnswers } from "@/lib/assessment/scoring";
import {
  DEFAULT_HOURS,
  answerFields,
  answersToQuery,
  nextMonday,
  onlyAnswers,
  parseFormQuery,
  parsePlanQuery,
  parseResultQuery,
  planToQuery,
  todayUtc,
  withQuery,
} from "@/lib/assessment/params";
import { toQueryRecord } from "@/lib/http/query";
import { PROFILE } from "./helpers/assessment-profile";

const FULL = "a1=2&a2=1&a3=0&g1=0&g2=1&g3=2&o=30&t1=0&t2=1&t3=2";
const TODAY = "2026-11-25"; // a Wednesday

function errorsOf(result: { ok: boolean; errors?: unknown }) {
  if (result.ok) throw new Error("expected the query to be refused");
  return result.errors;
}

describe("queryFromSearch", () => {
  it("keeps repeated keys as arrays and odd keys as ordinary keys", () => {
    expect(toQueryRecord("?a1=1&a1=2&o=3&__proto__=x")).toEqual({ a1: ["1", "2"], o: "3", ["__proto__"]: "x" });
    expect(Object.getPrototypeOf(toQueryRecord("__proto__=x"))).toBe(Object.prototype);
  });
});

describe("answerFields", () => {
  it("names the fields a1…, g1…, o, t1… in form order", () => {
    expect(answerFields(PROFILE).map((f) => f.name)).toEqual(["a1", "a2", "a3", "g1", "g2", "g3", "o", "t1", "t2", "t3"]);
  });
});

describe("parseResultQuery", () => {
  it("accepts a complete set of answers", () => {
    expect(parseResultQuery(PROFILE, toQueryRecord(FULL))).toEqual({
      ok: true,
      value: { automating: [2, 1, 0], augmenting: [0, 1, 2], outside: 30, tools: [0, 1, 2] },
    });
  });

  it("names every wrong field, in form order, unknown keys last, and keeps the valid ones", () => {
    const result = parseResultQuery(PROFILE, toQueryRecord("zz=1&a1=7&a2=1&a2=2&a3=&g1=0&g2=1&g3=2&o=95&t1=x&t2=1&t3=2"));
    expect(errorsOf(result)).toMatchInlineSnapshot(`
      [
        {
          "field": "a1",
          "label": "Time on “Staff rota scheduling”",
          "message": "expected 0, 1 or 2 (none, some, a lot), found “7”",
          "problem": "invalid",
        },
        {
          "field": "a2",
          "label": "Time on “Stock ordering; supplier reorders”",
          "message": "appears more than once; give it once",
          "problem": "invalid",
        },
        {
          "field": "a3",
          "label": "Time on “Daily sales reports”",
          "message": "is missing",
          "problem": "missing",
        },
        {
          "field": "o",
          "label": "Share of your work outside the listed tasks",
          "message": "expected a whole number from 0 to 90, found “95”",
          "problem": "invalid",
        },
        {
          "field": "t1",
          "label": "How often you use Deputy or Rotacloud",
          "message": "expected 0, 1 or 2 (never, tried, weekly), found “x”",
          "problem": "invalid",
        },
        {
          "field": "zz",
          "label": "“zz”",
          "message": "is not a question on this page; remove it",
          "problem": "unknown",
        },
      ]
    `);
    expect(!result.ok && result.kept.toString()).toBe("g1=0&g2=1&g3=2&t2=1&t3=2");
  });

  it.each([
    ["o=-1", "expected a whole number from 0 to 90, found “-1”"],
    ["o=1.5", "expected a whole number from 0 to 90, found “1.5”"],
    ["o=90", undefined],
    ["o=0", undefined],
    ["o=91", "expected a whole number from 0 to 90, found “91”"],
    ["o=1e1", "expected a whole number from 0 to 90, found “1e1”"],
  ])("outside share %s", (param, message) => {
    const result = parseResultQuery(PROFILE, toQueryRecord(FULL.replace("o=30", param)));
    if (message === undefined) expect(result.ok).toBe(true);
    else
      expect(errorsOf(result)).toEqual([{ field: "o", label: "Share of your work outside the listed tasks", message, problem: "invalid" }]);
  });

  it("refuses a missing answer and shortens a long bad value", () => {
    expect(errorsOf(parseResultQuery(PROFILE, toQueryRecord(FULL.replace("&t3=2", ""))))).toEqual([
      { field: "t3", label: "How often you use Square Dashboard", message: "is missing", problem: "missing" },
    ]);
    const long = "9".repeat(60);
    expect(errorsOf(parseResultQuery(PROFILE, toQueryRecord(FULL.replace("a1=2", `a1=${long}`))))).toEqual([
      {
        field: "a1",
        label: "Time on “Staff rota scheduling”",
        message: `expected 0, 1 or 2 (none, some, a lot), found “${"9".repeat(40)}…”`,
        problem: "invalid",
      },
    ]);
  });

  it("treats __proto__ and constructor as unknown parameters", () => {
    expect(errorsOf(parseResultQuery(PROFILE, toQueryRecord(`${FULL}&__proto__=1&constructor=2`)))).toEqual([
      { field: "__proto__", label: "“__proto__”", message: "is not a question on this page; remove it", problem: "unknown" },
      { field: "constructor", label: "“constructor”", message: "is not a question on this page; remove it", problem: "unknown" },
    ]);
  });

  it("round-trips any valid answers through the query", () => {
    const time = fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>;
    const triple = fc.tuple(time, time, time).map((t) => [...t]);
    fc.assert(
      fc.property(triple, triple, fc.integer({ min: 0, max: 90 }), triple, (automating, augmenting, outside, tools) => {
        const answers: AssessmentAnswers = { automating, augmenting, outside, tools };
        expect(parseResultQuery(PROFILE, toQueryRecord(answersToQuery(answers)))).toEqual({ ok: true, value: answers });
      }),
    );
  });
});

describe("parseFormQuery", () => {
  it("accepts no answers, some answers or all of them", () => {
    expect(parseFormQuery(PROFILE, {})).toEqual({ ok: true, value: {} });
    expect(parseFormQuery(PROFILE, toQueryRecord("a2=1&o=&t3=2"))).toEqual({ ok: true, value: { a2: 1, t3: 2 } });
    expect(parseFormQuery(PROFILE, toQueryRecord(FULL)).ok).toBe(true);
  });

  it("refuses unknown, repeated and out-of-range parameters, and plan settings", () => {
    const result = parseFormQuery(PROFILE, toQueryRecord("a1=3&a2=1&g1=1&g1=1&h=3"));
    expect(errorsOf(result)).toEqual([
      {
        field: "a1",
        label: "Time on “Staff rota scheduling”",
        message: "expected 0, 1 or 2 (none, some, a lot), found “3”",
        problem: "invalid",
      },
      { field: "g1", label: "Time on “Hiring baristas”", message: "appears more than once; give it once", problem: "invalid" },
      { field: "h", label: "“h”", message: "is not a question on this page; remove it", problem: "unknown" },
    ]);
    expect(!result.ok && result.kept.toString()).toBe("a2=1");
  });
});

describe("parsePlanQuery", () => {
  it("defaults to 3 hours, the next Monday and no answers", () => {
    expect(parsePlanQuery(PROFILE, {}, TODAY)).toEqual({
      ok: true,
      value: { answers: undefined, hours: DEFAULT_HOURS, start: "2026-11-30", startGiven: false },
    });
  });

  it("accepts the answers with hours and a start date", () => {
    const result = parsePlanQuery(PROFILE, toQueryRecord(`${FULL}&h=20&s=2027-01-06`), TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        answers: { automating: [2, 1, 0], augmenting: [0, 1, 2], outside: 30, tools: [0, 1, 2] },
        hours: 20,
        start: "2027-01-06",
        startGiven: true,
      },
    });
  });

  it("needs all the answers once one is given", () => {
    const errors = errorsOf(parsePlanQuery(PROFILE, toQueryRecord("a1=1&h=2"), TODAY)) as {
      field: string;
      message: string;
      problem: string;
    }[];
    expect(errors.map((e) => e.field)).toEqual(["a2", "a3", "g1", "g2", "g3", "o", "t1", "t2", "t3"]);
    expect(new Set(errors.map((e) => `${e.problem}: ${e.message}`))).toEqual(new Set(["missing: is missing"]));
  });

  it.each([
    ["h=0", "h", "expected a whole number from 1 to 20, found “0”"],
    ["h=21", "h", "expected a whole number from 1 to 20, found “21”"],
    ["h=2.5", "h", "expected a whole number from 1 to 20, found “2.5”"],
    ["h=", "h", undefined],
    ["h=1", "h", undefined],
    ["s=2027-02-30", "s", "expected a real calendar date, found “2027-02-30”"],
    ["s=1999-12-31", "s", "expected a date between 2000 and 2099, found “1999-12-31”"],
    ["s=2100-01-01", "s", "expected a date between 2000 and 2099, found “2100-01-01”"],
    ["s=next%20monday", "s", "expected a date written YYYY-MM-DD, found “next monday”"],
    ["s=2027-99-99", "s", "expected a real calendar date, found “2027-99-99”"],
    ["s=2000-01-01", "s", undefined],
  ])("%s", (param, field, message) => {
    const result = parsePlanQuery(PROFILE, toQueryRecord(param), TODAY);
    if (message === undefined) expect(result.ok).toBe(true);
    else expect(errorsOf(result)).toEqual([{ field, label: field === "h" ? "Hours per week" : "Start date", message, problem: "invalid" }]);
  });

  it("encodes the settings back, leaving out a default start date", () => {
    expect(planToQuery({ answers: undefined, hours: 4, start: "2026-11-30", startGiven: false }).toString()).toBe("h=4");
    const value = parsePlanQuery(PROFILE, toQueryRecord(`${FULL}&h=5&s=2027-01-06`), TODAY);
    expect(value.ok && planToQuery(value.value).toString()).toBe(`${FULL}&h=5&s=2027-01-06`);
  });
});

describe("any query at all", () => {
  it("is answered with a result, never an exception (so never a 500)", () => {
    const key = fc.oneof(
      fc.constantFrom("a1", "a2", "a3", "g1", "g2", "g3", "o", "t1", "t2", "t3", "h", "s", "__proto__", "toString"),
      fc.string(),
    );
    const value = fc.oneof(fc.string(), fc.constantFrom("0", "1", "2", "90", "2027-01-04", "2027-02-30", "9999-99-99"));
    const query = fc.array(fc.tuple(key, value), { maxLength: 20 }).map((pairs) => toQueryRecord(new URLSearchParams(pairs)));
    fc.assert(
      fc.property(query, (q) => {
        for (const result of [parseFormQuery(PROFILE, q), parseResultQuery(PROFILE, q), parsePlanQuery(PROFILE, q, TODAY)]) {
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe("helpers", () => {
  it.each([
    ["2026-11-23", "2026-11-30"], // Monday → the Monday after
    ["2026-11-24", "2026-11-30"],
    ["2026-11-28", "2026-11-30"],
    ["2026-11-29", "2026-11-30"], // Sunday → tomorrow
    ["2026-12-28", "2027-01-04"], // across a year
  ])("nextMonday(%s) = %s", (today, monday) => expect(nextMonday(today)).toBe(monday));

  it("formats today in UTC", () => {
    expect(todayUtc(new Date("2026-11-25T23:59:59-05:00"))).toBe("2026-11-26");
  });

  it("keeps only answer fields and builds hrefs", () => {
    expect(onlyAnswers(PROFILE, new URLSearchParams("a1=1&h=3&s=2027-01-04&t2=0")).toString()).toBe("a1=1&t2=0");
    expect(withQuery("/x", new URLSearchParams())).toBe("/x");
    expect(withQuery("/x", new URLSearchParams("a=1"))).toBe("/x?a=1");
  });
});
