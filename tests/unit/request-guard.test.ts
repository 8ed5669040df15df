import { describe, expect, it } from "vitest";
import { parseBrowseQuery } from "@/lib/discovery/browse";
import { parseCompareQuery } from "@/lib/discovery/compare";
import { parseSearchQuery } from "@/lib/discovery/search-query";
import { toQueryRecord } from "@/lib/http/query";
import { buildRequestCatalog } from "@/lib/proxy/catalog";
import { checkRequest } from "@/lib/proxy/request-guard";
import { PROFILE } from "./helpers/assessment-profile";
import { CATEGORIES } from "./helpers/roles";

const SLUGS = ["accountant", "bookkeeper", "plumber"];
const catalog = buildRequestCatalog(
  SLUGS.map((slug) => ({ slug, ...PROFILE })),
  CATEGORIES,
);
const check = (path: string) => {
  const url = new URL(path, "http://localhost");
  return checkRequest(url.pathname, url.searchParams, catalog);
};

describe("checkRequest (the proxy's status decision)", () => {
  it.each([
    "/compare",
    "/compare?roles=accountant,bookkeeper",
    "/compare?roles=accountant,bookkeeper,plumber",
    "/roles",
    "/roles?utm_source=newsletter",
    "/search",
    "/search?q=backnd+develper",
    "/roles/anything?x=1",
  ])("%s → 200", (path) => {
    expect(check(path)).toEqual({ status: 200 });
  });

  it.each([
    ["/compare?roles=accountant", "Only one role was chosen: choose at least 2 to compare."],
    ["/compare?roles=accountant,accountant", "“accountant” is listed more than once: choose different roles."],
    ["/compare?roles=accountant,astronaut", "We have no role called “astronaut”. Check the spelling, or choose from the lists below."],
    ["/compare?roles=accountant,bookkeeper,plumber,accountant", "“accountant” is listed more than once: choose different roles."],
    ["/compare?roles=", "No roles were chosen: choose 2 or 3 roles to compare."],
    ["/roles?risk=extreme", "There is no risk band “extreme”. Bands: “low”, “medium”, “high”, “very-high”."],
    ["/search?q=a&q=b", "The address holds more than one search (q=…): search for one thing at a time."],
  ])("%s → 400, and the page's parser names the problem", (path, problem) => {
    expect(check(path).status).toBe(400);
    // The page parses the same query with the same parser and shows the problem.
    const url = new URL(path, "http://localhost");
    const query = toQueryRecord(url.searchParams);
    const problems =
      url.pathname === "/compare"
        ? ((c) => (c.kind === "invalid" ? c.problems : []))(parseCompareQuery(query.roles, new Set(SLUGS)))
        : url.pathname === "/roles"
          ? ((c) => (c.ok ? [] : c.problems))(parseBrowseQuery(query, CATEGORIES))
          : ((c) => (c.ok ? [] : c.problems))(parseSearchQuery(query.q));
    expect(problems).toContain(problem);
  });

  it("serves filtered lists from the per-request route, leaving plain /roles prerendered", () => {
    expect(check("/roles?category=finance&risk=very-high&sort=updated")).toEqual({ status: 200, rewrite: "/roles/_browse" });
    expect(check("/roles?sort=")).toEqual({ status: 200, rewrite: "/roles/_browse" });
    expect(check("/roles?risk=extreme")).toMatchObject({ status: 400, rewrite: "/roles/_browse" });
  });

  it("answers the route behind the filtered views, asked for by its own name, with 404 (it is no second address)", () => {
    expect(check("/roles/_browse?risk=high")).toEqual({ status: 404 });
    expect(check("/roles/_browse")).toEqual({ status: 404 });
  });

  it("checks the assessment and plan queries against the role's own answer fields, privately", () => {
    expect(check("/roles/plumber/assessment")).toEqual({ status: 200, private: true });
    expect(check("/roles/plumber/assessment?a1=9")).toEqual({ status: 400, private: true });
    expect(check("/roles/plumber/plan?h=99")).toEqual({ status: 400, private: true });
    expect(check("/roles/plumber/plan/calendar.ics?h=3")).toEqual({ status: 200, private: true });
    // An unknown role is the page's 404.
    expect(check("/roles/astronaut/assessment?a1=9")).toEqual({ status: 200 });
  });

  it("redirects the picker's form submission to the canonical comparison", () => {
    expect(check("/compare?roles=accountant&roles=plumber&roles=")).toEqual({ status: 307, location: "/compare?roles=accountant,plumber" });
  });
});

describe("parseSearchQuery", () => {
  it("trims and collapses white space; empty is allowed (the search form)", () => {
    expect(parseSearchQuery("  backnd \n develper ")).toEqual({ ok: true, query: "backnd develper" });
    expect(parseSearchQuery(undefined)).toEqual({ ok: true, query: "" });
    expect(parseSearchQuery(["plumber"])).toEqual({ ok: true, query: "plumber" });
  });

  it("refuses a query over 100 characters", () => {
    expect(parseSearchQuery("x".repeat(100))).toEqual({ ok: true, query: "x".repeat(100) });
    expect(parseSearchQuery("x".repeat(101))).toEqual({
      ok: false,
      problems: ["The search is 101 characters long and the limit is 100: try the job title on its own."],
    });
  });
});

describe("toQueryRecord", () => {
  it("gives single values as strings and repeated ones as arrays, like Next's searchParams, from any form of query", () => {
    const expected = { a: "1", b: ["2", "3"], c: "" };
    expect(toQueryRecord(new URLSearchParams("a=1&b=2&b=3&c="))).toEqual(expected);
    expect(toQueryRecord("?a=1&b=2&b=3&c=")).toEqual(expected);
    expect(toQueryRecord({ a: "1", b: ["2", "3"], c: "", d: undefined })).toEqual(expected);
  });
});
