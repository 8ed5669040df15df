import { describe, expect, it } from "vitest";
import {
  browseHref,
  browseRoles,
  describeView,
  groupByBand,
  isFiltered,
  largestFamilies,
  parseBrowseQuery,
  recentlyUpdated,
} from "@/lib/discovery/browse";
import { CATEGORIES, makeRole } from "./helpers/roles";

const roles = [
  makeRole({ slug: "plumber", title: "Plumber", category: "trades", share: 5, updated: "2026-03-01" }),
  makeRole({ slug: "bookkeeper", title: "Bookkeeper", category: "finance", share: 65, updated: "2026-09-01" }),
  makeRole({ slug: "accountant", title: "Accountant", category: "finance", share: 36, updated: "2026-05-01" }),
  makeRole({
    slug: "accountant-tax",
    title: "Accountant — Tax",
    category: "finance",
    parent: "accountant",
    share: 45,
    updated: "2026-09-01",
  }),
  makeRole({ slug: "software-developer", title: "Software Developer", share: 30, updated: "2026-01-01" }),
  makeRole({
    slug: "software-developer-mobile",
    title: "Software Developer — Mobile",
    parent: "software-developer",
    share: 30,
    updated: "2026-02-01",
  }),
  makeRole({
    slug: "software-developer-frontend",
    title: "Software Developer — Frontend",
    parent: "software-developer",
    share: 42,
    updated: "2026-02-01",
  }),
];
const slugs = (list: { slug: string }[]) => list.map((r) => r.slug);

describe("parseBrowseQuery", () => {
  it("defaults to every role sorted by name", () => {
    expect(parseBrowseQuery({}, CATEGORIES)).toEqual({ ok: true, query: { category: undefined, risk: undefined, sort: "name" } });
  });

  it("reads category, risk and sort, ignoring unrelated parameters", () => {
    expect(parseBrowseQuery({ category: "finance", risk: "high", sort: "updated", utm_source: "mail" }, CATEGORIES)).toEqual({
      ok: true,
      query: { category: "finance", risk: "high", sort: "updated" },
    });
  });

  it("treats an empty value as no filter", () => {
    expect(parseBrowseQuery({ category: "", risk: "" }, CATEGORIES)).toEqual({
      ok: true,
      query: { category: undefined, risk: undefined, sort: "name" },
    });
  });

  it("refuses unknown values, naming the accepted ones, all at once", () => {
    expect(parseBrowseQuery({ category: "space", risk: "extreme", sort: "salary" }, CATEGORIES)).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          "There is no category “space”. Categories: “technology”, “finance”, “trades”.",
          "There is no risk band “extreme”. Bands: “low”, “medium”, “high”, “very-high”.",
          "The list cannot be sorted by “salary”. Sort orders: “name”, “risk”, “updated”.",
        ],
      }
    `);
  });

  it("refuses a repeated parameter", () => {
    expect(parseBrowseQuery({ risk: ["low", "high"] }, CATEGORIES)).toEqual({
      ok: false,
      problems: ["The address sets “risk” 2 times: choose one value."],
    });
  });
});

describe("browseHref", () => {
  const query = { category: "finance", risk: "high" as const, sort: "risk" as const };

  it("changes one setting and keeps the others", () => {
    expect(browseHref(query, { sort: "updated" })).toBe("/roles?category=finance&risk=high&sort=updated");
    expect(browseHref(query, { risk: undefined })).toBe("/roles?category=finance&sort=risk");
  });

  it("leaves defaults out, so the unfiltered list is plain /roles", () => {
    expect(browseHref(query, { category: undefined, risk: undefined, sort: "name" })).toBe("/roles");
  });

  it("knows a filtered view from the plain list", () => {
    expect(isFiltered({ sort: "name" })).toBe(false);
    expect(isFiltered({ sort: "updated" })).toBe(true);
    expect(isFiltered({ risk: "low", sort: "name" })).toBe(true);
  });
});

describe("browseRoles", () => {
  it("filters by category and risk band", () => {
    expect(slugs(browseRoles(roles, { category: "finance", sort: "name" }))).toEqual(["accountant", "accountant-tax", "bookkeeper"]);
    expect(slugs(browseRoles(roles, { risk: "medium", sort: "name" }))).toEqual([
      "accountant",
      "software-developer",
      "software-developer-mobile",
    ]);
    expect(slugs(browseRoles(roles, { category: "trades", risk: "high", sort: "name" }))).toEqual([]);
  });

  it("sorts by risk, highest share first, ties by title", () => {
    expect(slugs(browseRoles(roles, { sort: "risk" }))).toEqual([
      "bookkeeper",
      "accountant-tax",
      "software-developer-frontend",
      "accountant",
      "software-developer",
      "software-developer-mobile",
      "plumber",
    ]);
  });

  it("sorts by last update, newest first, ties by title", () => {
    expect(slugs(browseRoles(roles, { sort: "updated" }))).toEqual([
      "accountant-tax",
      "bookkeeper",
      "accountant",
      "plumber",
      "software-developer-frontend",
      "software-developer-mobile",
      "software-developer",
    ]);
    expect(slugs(recentlyUpdated(roles, 2))).toEqual(["accountant-tax", "bookkeeper"]);
  });

  it("groups by band from very high to low, leaving out empty bands", () => {
    expect(groupByBand(browseRoles(roles, { sort: "risk" })).map((g) => [g.label, slugs(g.roles)])).toEqual([
      ["Very high", ["bookkeeper"]],
      ["High", ["accountant-tax", "software-developer-frontend"]],
      ["Medium", ["accountant", "software-developer", "software-developer-mobile"]],
      ["Low", ["plumber"]],
    ]);
  });

  it("describes the view in words", () => {
    expect(describeView(3, { category: "finance", risk: "high", sort: "risk" }, "Accounting & Finance")).toBe(
      "3 roles in Accounting & Finance with high risk, sorted by risk",
    );
    expect(describeView(1, { sort: "updated" }, undefined)).toBe("1 role, sorted by last updated");
  });
});

describe("largestFamilies", () => {
  it("lists parents with the most specializations first", () => {
    expect(largestFamilies(roles, 5).map((f) => [f.head.slug, slugs(f.members)])).toEqual([
      ["software-developer", ["software-developer-frontend", "software-developer-mobile"]],
      ["accountant", ["accountant-tax"]],
    ]);
    expect(largestFamilies(roles, 1)).toHaveLength(1);
  });
});
