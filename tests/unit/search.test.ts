import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import {
  createSearchIndex,
  fuzzyCompletions,
  indexedWords,
  loadSearchIndex,
  matchedAliases,
  processTerm,
  searchRoles,
  serializeSearchIndex,
  toSearchDocs,
} from "@/lib/discovery/search";
import { CATEGORIES, makeRole } from "./helpers/roles";

const roles = [
  makeRole({
    slug: "software-developer",
    title: "Software Developer",
    aliases: ["SWE", "programmer", "software engineer"],
    tasks: ["Writing code from specifications", "Reviewing pull requests"],
    technical: ["System design"],
  }),
  makeRole({
    slug: "software-developer-backend-api",
    title: "Software Developer — Backend / API",
    parent: "software-developer",
    aliases: ["backend developer", "API developer"],
    tasks: ["CRUD endpoint generation", "Database schema design"],
    technical: ["SQL and data modelling"],
  }),
  makeRole({
    slug: "bookkeeper",
    title: "Bookkeeper",
    category: "finance",
    aliases: ["accounts clerk", "ledger keeper"],
    tasks: ["Bank reconciliation", "Invoice processing"],
    technical: ["Double-entry fundamentals"],
    share: 65,
  }),
  makeRole({
    slug: "accountant",
    title: "Accountant",
    category: "finance",
    aliases: ["CPA", "chartered accountant"],
    tasks: ["Month-end close", "Design of internal controls"],
    technical: ["Revenue recognition"],
  }),
  makeRole({
    slug: "ux-designer",
    title: "UX Designer",
    aliases: ["product designer"],
    tasks: ["Wireframes and prototypes", "Usability testing"],
    technical: ["Interaction design"],
    human: ["Programmer handoffs"],
    share: 25,
  }),
  makeRole({
    slug: "plumber",
    title: "Plumber",
    category: "trades",
    aliases: ["pipefitter"],
    tasks: ["Quoting jobs", "Fixing leaks"],
    share: 5,
  }),
  makeRole({
    slug: "auditor",
    title: "Internal Auditor General",
    category: "finance",
    aliases: ["assurance associate", "risk and controls reviewer"],
    tasks: ["Sampling", "Walkthroughs"],
  }),
  makeRole({
    slug: "compliance",
    title: "Compliance Officer",
    category: "finance",
    aliases: ["compliance analyst"],
    technical: ["Auditor"],
  }),
];
const index = createSearchIndex(toSearchDocs(roles, CATEGORIES));
const slugs = (query: string) => searchRoles(index, query).hits.map((h) => h.slug);

describe("toSearchDocs", () => {
  it("indexes title, aliases, category name, task names and skills; stores the risk band", () => {
    expect(toSearchDocs([roles[2]!], CATEGORIES)).toMatchInlineSnapshot(`
      [
        {
          "aliases": "accounts clerk · ledger keeper",
          "category": "Accounting & Finance",
          "id": "bookkeeper",
          "risk": "very-high",
          "skills": "Double-entry fundamentals",
          "tasks": "Bank reconciliation · Invoice processing",
          "title": "Bookkeeper",
        },
      ]
    `);
  });
});

describe("searchRoles", () => {
  it("finds a role by an alias", () => {
    expect(slugs("SWE")).toEqual(["software-developer"]);
    expect(slugs("ledger keeper")).toEqual(["bookkeeper"]);
    expect(slugs("CPA")).toEqual(["accountant"]);
  });

  it("tolerates typos in longer words", () => {
    expect(slugs("backnd develper")[0]).toBe("software-developer-backend-api");
    expect(slugs("bokkeeper")).toEqual(["bookkeeper"]);
    expect(slugs("acountant")).toEqual(["accountant"]);
  });

  it("does not fuzz words of three letters or fewer", () => {
    // "cpa" is one edit from "spa", "cap"…; only the exact alias (and prefixes) may match.
    expect(slugs("cpx")).toEqual([]);
  });

  it("matches prefixes while typing, even with a slip in them", () => {
    expect(slugs("plum")).toEqual(["plumber"]);
    expect(slugs("book")).toEqual(["bookkeeper"]);
    // Too short for a fuzzy match of the whole word "accountant", but the start of it with one slip.
    expect(slugs("acount")[0]).toBe("accountant");
    expect(slugs("softwre dev")).toEqual(["software-developer", "software-developer-backend-api"]);
    expect(fuzzyCompletions(index, "acount")).toEqual(["accountant", "accounting", "accounts"]);
    expect(fuzzyCompletions(index, "bokk")).toEqual(["bookkeeper"]);
    // Words of three letters or fewer are not widened.
    expect(fuzzyCompletions(index, "acc")).toEqual([]);
  });

  it("ranks a title or alias match above a match among tasks and skills", () => {
    // "programmer" is one of Software Developer's three aliases, and one of UX Designer's two skill words.
    expect(slugs("programmer")).toEqual(["software-developer", "ux-designer"]);
    // "design" is in UX Designer's title and only in other roles' tasks or skills.
    expect(slugs("design")[0]).toBe("ux-designer");
    // Note: without the boosts, the one-word skill "Auditor" outscores the longer title (BM25 favours short fields).
    expect(slugs("auditor")).toEqual(["auditor", "compliance"]);
  });

  it("puts the role whose title is exactly the query first", () => {
    expect(slugs("software developer")).toEqual(["software-developer", "software-developer-backend-api"]);
  });

  it("searches categories, tasks and skills too", () => {
    expect(slugs("finance")).toEqual(expect.arrayContaining(["bookkeeper", "accountant"]));
    expect(slugs("reconciliation")).toEqual(["bookkeeper"]);
    expect(slugs("revenue recognition")).toEqual(["accountant"]);
  });

  it("drops the words around a title ('will AI replace my job as a …')", () => {
    expect(slugs("will AI replace my job as a plumber")).toEqual(["plumber"]);
    expect(processTerm("Will")).toBeNull();
    expect(processTerm("Résumé")).toBe("resume");
  });

  it("shows the risk band and category on each hit", () => {
    expect(searchRoles(index, "bookkeeper").hits[0]).toMatchObject({
      title: "Bookkeeper",
      risk: "very-high",
      category: "Accounting & Finance",
    });
  });

  it("falls back to roles matching some words when none match them all", () => {
    const outcome = searchRoles(index, "plumber accountant");
    expect(outcome.match).toBe("some");
    // The two title matches first; Bookkeeper follows through its category, "Accounting" (two edits away).
    expect(
      outcome.hits
        .map((h) => h.slug)
        .slice(0, 2)
        .sort(),
    ).toEqual(["accountant", "plumber"]);
    expect(outcome.hits.map((h) => h.slug)[2]).toBe("bookkeeper");
  });

  it("says when nothing matches and suggests near matches", () => {
    expect(searchRoles(index, "plummmberr")).toMatchObject({ hits: [], match: "none" });
    expect(searchRoles(index, "plummmberr").suggestions.map((s) => s.slug)).toEqual(["plumber"]);
    expect(searchRoles(index, "astronaut")).toEqual({ hits: [], match: "none", suggestions: [] });
  });

  it("treats an empty or blank query as no search", () => {
    expect(searchRoles(index, "   ")).toEqual({ hits: [], match: "none", suggestions: [] });
  });

  it("gives the same results after the index goes through JSON, as the browser loads it", () => {
    const reloaded = loadSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(index))));
    for (const query of ["backnd develper", "SWE", "plumber accountant", "plummmberr", "fin"]) {
      expect(searchRoles(reloaded, query)).toEqual(searchRoles(index, query));
    }
  });

  it("honours the limit", () => {
    expect(searchRoles(index, "a", 2).hits.length).toBeLessThanOrEqual(2);
    expect(searchRoles(index, "finance", 1).hits).toHaveLength(1);
  });
});

describe("matchedAliases", () => {
  it("names the aliases a hit matched through", () => {
    const hit = searchRoles(index, "programer").hits[0]!;
    expect(matchedAliases(hit, roles[0]!.aliases)).toEqual(["programmer"]);
  });

  it("is empty when the match was not in the aliases", () => {
    const hit = searchRoles(index, "reconciliation").hits[0]!;
    expect(matchedAliases(hit, roles[2]!.aliases)).toEqual([]);
  });

  it("splits on punctuation like the index does", () => {
    expect(indexedWords("Software Developer — Backend / API")).toEqual(["software", "developer", "backend", "api"]);
  });
});

describe("the published content", () => {
  const content = loadContent(process.cwd());
  const published = content.roles.filter((r) => !r.draft);
  const real = createSearchIndex(toSearchDocs(published, content.categories));
  const top = (query: string) => searchRoles(real, query).hits[0]?.slug;

  it.each([
    ["backnd develper", "software-developer-backend-api"],
    ["SWE", "software-developer"],
    ["bookkeeper", "bookkeeper"],
    ["acountant", "accountant"],
    ["plumbr", "plumber"],
    ["lawyer", "lawyer"],
  ])("%s → %s", (query, slug) => {
    expect(top(query)).toBe(slug);
  });
});
