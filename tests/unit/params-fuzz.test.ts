import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answersToQuery,
  DEFAULT_HOURS,
  MAX_HOURS,
  MIN_HOURS,
  nextMonday,
  onlyAnswers,
  parseFormQuery,
  parsePlanQuery,
  parseResultQuery,
  planToQuery,
} from "@/lib/assessment/params";
import { toQueryRecord, type QueryRecord, type QueryValue } from "@/lib/http/query";
import { MAX_OUTSIDE_SHARE, type AssessmentAnswers } from "@/lib/assessment/scoring";
import { browseHref, parseBrowseQuery, SORTS } from "@/lib/discovery/browse";
import {
  canonicalCompareRedirect,
  compareHref,
  MAX_COMPARED,
  MIN_COMPARED,
  parseCompareQuery,
  splitRolesParam,
} from "@/lib/discovery/compare";
import { MAX_QUERY_LENGTH, normalizeQuery, parseSearchQuery } from "@/lib/discovery/search-query";
import { buildRequestCatalog } from "@/lib/proxy/catalog";
import { checkRequest, GUARDED_PATHS, PERSONAL } from "@/lib/proxy/request-guard";
import { RISK_LEVELS } from "@/lib/content/risk";
import { createSearchIndex, fuzzyCompletions, search, toSearchDocs } from "@/lib/discovery/search";
import { PROFILE } from "./helpers/assessment-profile";
import { CATEGORIES, makeRole } from "./helpers/roles";

/*
 * Property-based tests of every parser that reads an address: whatever a client sends, each one returns
 * its own verdict (a value or the problems to show on a 400 page) and never throws. Fixed seeds keep a
 * failure reproducible; fast-check prints the smallest input that breaks a property.
 */

const RUNS = { numRuns: 1000, seed: 20261125 };
/** The assessment parsers build their zod schema per call (~1 ms): fewer runs keep the suite quick. */
const FEWER_RUNS = { numRuns: 300, seed: 20261125 };

const SLUGS = ["accountant", "bookkeeper", "plumber", "software-developer"];
const KNOWN = new Set(SLUGS);

/** Text as it arrives in a query value: any code points, escapes, separators, the parsers' own names. */
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(",", " ", "-", "a", "0", "1", "2", "%", "&", "=", "+", "\u00a0", "\t"), maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "0",
    "1",
    "2",
    "3",
    "-1",
    "1.5",
    "1e3",
    "00",
    "0x1",
    "999999999999",
    "NaN",
    "2026-02-30",
    "2026-12-07",
    "1999-12-31",
  ),
  fc.constantFrom(
    ...SLUGS,
    ...CATEGORIES.map((c) => c.slug),
    ...RISK_LEVELS,
    ...SORTS,
    "Accountant",
    " bookkeeper ",
    "accountant,bookkeeper",
  ),
  fc.string({ maxLength: 300 }),
);

/** Parameter names: the ones the parsers read, names that exist on every object, and anything else. */
const key = fc.oneof(
  fc.constantFrom(
    "q",
    "roles",
    "category",
    "risk",
    "sort",
    "a1",
    "a2",
    "a3",
    "g1",
    "g2",
    "g3",
    "o",
    "t1",
    "t2",
    "t3",
    "h",
    "s",
    "a0",
    "a4",
    "g01",
  ),
  fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"),
  fc.string({ maxLength: 8 }),
);

const pairs = fc.array(fc.tuple(key, text), { maxLength: 12 });
const searchOf = (list: [string, string][]) => new URLSearchParams(list);

/** A query value as Next.js gives it to a page: absent, one string or several. */
const queryValue: fc.Arbitrary<QueryValue> = fc.oneof(fc.constant(undefined), text, fc.array(text, { maxLength: 5 }));

describe("toQueryRecord", () => {
  it("keeps every key as an ordinary own property, repeats as arrays in order, and never touches Object.prototype", () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const params = toQueryRecord(searchOf(list));
        for (const name of new Set(list.map(([k]) => k))) {
          const values = list.filter(([k]) => k === name).map(([, v]) => v);
          expect(Object.hasOwn(params, name)).toBe(true);
          expect(params[name]).toEqual(values.length === 1 ? values[0] : values);
        }
        expect(Object.keys(params)).toHaveLength(new Set(list.map(([k]) => k)).size);
        expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });

  it("regression: names of Object's own members are plain parameters (the proxy answered 500)", () => {
    expect(toQueryRecord(new URLSearchParams("constructor=1&__proto__=2&toString&toString=x"))).toEqual(
      Object.fromEntries([
        ["constructor", "1"],
        ["__proto__", "2"],
        ["toString", ["", "x"]],
      ]),
    );
  });
});

describe("parseSearchQuery", () => {
  it("accepts one search of at most MAX_QUERY_LENGTH characters, normalised, and refuses the rest with a reason", () => {
    fc.assert(
      fc.property(queryValue, (raw) => {
        const check = parseSearchQuery(raw);
        if (check.ok) {
          expect(check.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
          expect(normalizeQuery(check.query)).toBe(check.query);
        } else {
          expect(check.problems.length).toBeGreaterThan(0);
          expect(Array.isArray(raw) && raw.length > 1 ? 1 : normalizeQuery(String(raw ?? "")).length > MAX_QUERY_LENGTH).toBeTruthy();
        }
      }),
      RUNS,
    );
  });
});

describe("parseBrowseQuery", () => {
  it("returns known filters only, and its own address reads back to the same view", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("category", "risk", "sort", "x"), queryValue), (params) => {
        const check = parseBrowseQuery(params, CATEGORIES);
        if (!check.ok) {
          expect(check.problems.length).toBeGreaterThan(0);
          // A reader's value is quoted at most 60 characters long.
          for (const problem of check.problems) expect(problem.length).toBeLessThan(250);
          return;
        }
        const { category, risk, sort } = check.query;
        if (category !== undefined) expect(CATEGORIES.map((c) => c.slug)).toContain(category);
        if (risk !== undefined) expect(RISK_LEVELS).toContain(risk);
        expect(SORTS).toContain(sort);
        const again = parseBrowseQuery(toQueryRecord(new URL(browseHref(check.query), "http://x").searchParams), CATEGORIES);
        expect(again).toEqual(check);
      }),
      RUNS,
    );
  });
});

describe("parseCompareQuery", () => {
  it("accepts two or three different known roles; otherwise names each problem and keeps only known slugs", () => {
    const slugList = fc.array(fc.oneof(fc.constantFrom(...SLUGS), text), { maxLength: 6 }).map((l) => l.join(","));
    fc.assert(
      fc.property(fc.oneof(queryValue, slugList, fc.array(slugList, { maxLength: 3 })), (raw) => {
        const check = parseCompareQuery(raw, KNOWN);
        if (raw === undefined) {
          expect(check).toEqual({ kind: "picker" });
          return;
        }
        expect(check.kind).not.toBe("picker");
        if (check.kind === "invalid") {
          expect(check.problems.length).toBeGreaterThan(0);
          expect(new Set(check.problems).size).toBe(check.problems.length);
          expect(check.slugs.length).toBeLessThanOrEqual(MAX_COMPARED);
          for (const slug of check.slugs) expect(KNOWN.has(slug)).toBe(true);
          return;
        }
        if (check.kind !== "ok") return;
        expect(check.slugs.length).toBeGreaterThanOrEqual(MIN_COMPARED);
        expect(check.slugs.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(new Set(check.slugs).size).toBe(check.slugs.length);
        expect(check.slugs).toEqual(splitRolesParam(raw));
        // The canonical address reads back to the same roles, and is itself canonical (no redirect loop).
        const canonical = new URL(
          canonicalCompareRedirect(Array.isArray(raw) ? raw : [raw], check) ?? compareHref(check.slugs),
          "http://x",
        );
        const again = parseCompareQuery(canonical.searchParams.get("roles") ?? undefined, KNOWN);
        expect(again).toEqual(check);
        expect(canonicalCompareRedirect(canonical.searchParams.getAll("roles"), again)).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe("checkRequest (the proxy's status for /compare, /roles, /search and the personal pages)", () => {
  const catalog = buildRequestCatalog(
    [...KNOWN].map((slug) => ({ slug, ...PROFILE })),
    CATEGORIES,
  );
  it("answers 200, 400 (exactly when the page's own parser refuses), or a redirect that is then answered 200", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GUARDED_PATHS, `/roles/${[...KNOWN][0]}/assessment/result`, `/roles/${[...KNOWN][0]}/plan`, "/roles/x", "/"),
        pairs,
        (pathname, list) => {
          const verdict = checkRequest(pathname, searchOf(list), catalog);
          expect([200, 307, 400]).toContain(verdict.status);
          if (pathname === "/search") expect(verdict.status === 400).toBe(!parseSearchQuery(toQueryRecord(searchOf(list)).q).ok);
          if (PERSONAL.test(pathname)) expect(verdict).toMatchObject({ private: true });
          if (verdict.status === 307) {
            const next = new URL(verdict.location, "http://x");
            expect(checkRequest(next.pathname, next.searchParams, catalog)).toEqual({ status: 200 });
          }
        },
      ),
      RUNS,
    );
  });
});

describe("assessment and plan parameters", () => {
  const answersArb: fc.Arbitrary<AssessmentAnswers> = fc.record({
    automating: fc.array(fc.constantFrom(0, 1, 2), { minLength: PROFILE.automating.length, maxLength: PROFILE.automating.length }),
    augmenting: fc.array(fc.constantFrom(0, 1, 2), { minLength: PROFILE.augmenting.length, maxLength: PROFILE.augmenting.length }),
    outside: fc.integer({ min: 0, max: MAX_OUTSIDE_SHARE }),
    tools: fc.array(fc.constantFrom(0, 1, 2), { minLength: PROFILE.skills.aiTools.length, maxLength: PROFILE.skills.aiTools.length }),
  }) as fc.Arbitrary<AssessmentAnswers>;

  /** Mostly-valid queries with a few things wrong, so the parsers' error paths and happy paths both run. */
  const rawQuery: fc.Arbitrary<QueryRecord> = fc
    .tuple(
      answersArb,
      fc.array(fc.tuple(key, fc.oneof(text, fc.array(text, { minLength: 2, maxLength: 3 }))), { maxLength: 4 }),
      fc.boolean(),
    )
    .map(([answers, edits, keep]) => {
      const query: QueryRecord = keep ? toQueryRecord(answersToQuery(answers)) : {};
      for (const [name, value] of edits)
        Object.defineProperty(query, name, { value, enumerable: true, configurable: true, writable: true });
      return query;
    });

  it("toQueryRecord never throws and keeps every key as an own property", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          pairs.map((l) => searchOf(l).toString()),
        ),
        (search) => {
          const query = toQueryRecord(search);
          for (const [name] of new URLSearchParams(search)) expect(Object.hasOwn(query, name)).toBe(true);
        },
      ),
      FEWER_RUNS,
    );
  }, 30_000);

  it("the form, the result and the plan each give a value or named errors, and the kept answers are valid", () => {
    fc.assert(
      fc.property(rawQuery, fc.date({ min: new Date("2000-01-01"), max: new Date("2098-12-01"), noInvalidDate: true }), (query, now) => {
        const today = now.toISOString().slice(0, 10);
        for (const parsed of [parseFormQuery(PROFILE, query), parseResultQuery(PROFILE, query), parsePlanQuery(PROFILE, query, today)]) {
          if (parsed.ok) continue;
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) {
            // Only an unknown parameter can have an empty name (`?=x`).
            if (error.problem !== "unknown") expect(error.field).not.toBe("");
            expect(error.message).not.toBe("");
            expect(["missing", "invalid", "unknown"]).toContain(error.problem);
          }
          // The way back to the form keeps only answers the form accepts.
          expect(parseFormQuery(PROFILE, toQueryRecord(onlyAnswers(PROFILE, parsed.kept))).ok).toBe(true);
        }
        const plan = parsePlanQuery(PROFILE, query, today);
        if (plan.ok) {
          expect(plan.value.hours).toBeGreaterThanOrEqual(MIN_HOURS);
          expect(plan.value.hours).toBeLessThanOrEqual(MAX_HOURS);
          expect(plan.value.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      FEWER_RUNS,
    );
  }, 30_000);

  it("answers and plan settings survive the round trip through their own address", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.integer({ min: MIN_HOURS, max: MAX_HOURS }),
        fc.option(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), { nil: undefined }),
        (answers, hours, start) => {
          const result = parseResultQuery(PROFILE, toQueryRecord(answersToQuery(answers)));
          expect(result).toEqual({ ok: true, value: answers });
          const settings = { answers, hours, start: start?.toISOString().slice(0, 10) ?? "2026-11-30", startGiven: start !== undefined };
          const plan = parsePlanQuery(PROFILE, toQueryRecord(planToQuery(settings)), "2026-11-25");
          expect(plan).toEqual({ ok: true, value: settings });
        },
      ),
      FEWER_RUNS,
    );
    expect(parsePlanQuery(PROFILE, {}, "2026-11-25")).toEqual({
      ok: true,
      value: { answers: undefined, hours: DEFAULT_HOURS, start: "2026-11-30", startGiven: false },
    });
  }, 30_000);

  it("the default start is the first Monday strictly after today", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-24"), noInvalidDate: true }), (now) => {
        const today = now.toISOString().slice(0, 10);
        const monday = new Date(`${nextMonday(today)}T00:00:00Z`);
        const days = (monday.getTime() - new Date(`${today}T00:00:00Z`).getTime()) / 86_400_000;
        expect(monday.getUTCDay()).toBe(1);
        expect(days).toBeGreaterThanOrEqual(1);
        expect(days).toBeLessThanOrEqual(7);
      }),
      FEWER_RUNS,
    );
  }, 30_000);
});

describe("search", () => {
  const roles = [
    makeRole({
      slug: "software-developer",
      title: "Software Developer",
      aliases: ["SWE", "programmer"],
      tasks: ["Writing code", "Reviewing code"],
    }),
    makeRole({ slug: "accountant", title: "Accountant", aliases: ["CPA"], category: "finance", tasks: ["Month-end close", "Audits"] }),
    makeRole({ slug: "plumber", title: "Plumber", category: "trades", tasks: ["Fixing leaks", "Quoting jobs"] }),
  ];
  const occupations = [{ code: "47-2152.00", title: "Plumbers, Pipefitters, and Steamfitters", wages: undefined }];
  const index = createSearchIndex(toSearchDocs(roles, CATEGORIES, occupations, new Map([["47-2152.00", ["pipefitter"]]])));
  const pages = new Set([...roles.map((r) => `role:${r.slug}`), ...occupations.map((o) => `occupation:${o.code}`)]);

  it("any text typed into the box returns pages we have (or nothing), never throws", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 400 })), (query) => {
        const outcome = search(index, query);
        for (const hit of [...outcome.hits, ...outcome.suggestions]) expect(pages.has(`${hit.kind}:${hit.key}`)).toBe(true);
        expect(Array.isArray(fuzzyCompletions(index, query))).toBe(true);
      }),
      { ...RUNS, numRuns: 500 },
    );
  }, 30_000);
});
