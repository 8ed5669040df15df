import { describe, expect, it } from "vitest";
import {
  canonicalCompareRedirect,
  compareHref,
  compareSkills,
  parseCompareQuery,
  sameSkill,
  splitRolesParam,
} from "@/lib/discovery/compare";
import { makeRole } from "./helpers/roles";

const known = new Set(["accountant", "bookkeeper", "plumber", "electrician"]);

describe("parseCompareQuery", () => {
  it("shows the picker when there is no roles parameter", () => {
    expect(parseCompareQuery(undefined, known)).toEqual({ kind: "picker" });
  });

  it("accepts two or three different published roles, comma-separated or repeated", () => {
    expect(parseCompareQuery("accountant,bookkeeper", known)).toEqual({ kind: "ok", slugs: ["accountant", "bookkeeper"] });
    expect(parseCompareQuery(["accountant", "bookkeeper", "plumber"], known)).toEqual({
      kind: "ok",
      slugs: ["accountant", "bookkeeper", "plumber"],
    });
    // The picker's unused third list sends an empty value; spaces and capitals are forgiven.
    expect(parseCompareQuery(["accountant", " Bookkeeper ", ""], known)).toEqual({ kind: "ok", slugs: ["accountant", "bookkeeper"] });
  });

  it("refuses an unknown role and keeps the valid ones for the picker", () => {
    expect(parseCompareQuery("accountant,astronaut", known)).toMatchInlineSnapshot(`
      {
        "kind": "invalid",
        "problems": [
          "We have no role called “astronaut”. Check the spelling, or choose from the lists below.",
        ],
        "slugs": [
          "accountant",
        ],
      }
    `);
  });

  it("refuses a repeated role", () => {
    expect(parseCompareQuery("plumber,plumber", known)).toMatchInlineSnapshot(`
      {
        "kind": "invalid",
        "problems": [
          "“plumber” is listed more than once: choose different roles.",
        ],
        "slugs": [
          "plumber",
        ],
      }
    `);
  });

  it("refuses fewer than two or more than three roles", () => {
    expect(parseCompareQuery("plumber", known)).toMatchObject({
      kind: "invalid",
      problems: ["Only one role was chosen: choose at least 2 to compare."],
    });
    expect(parseCompareQuery("", known)).toMatchObject({
      kind: "invalid",
      problems: ["No roles were chosen: choose 2 or 3 roles to compare."],
    });
    expect(parseCompareQuery(",,", known)).toMatchObject({
      kind: "invalid",
      problems: ["No roles were chosen: choose 2 or 3 roles to compare."],
    });
    expect(parseCompareQuery("accountant,bookkeeper,plumber,electrician", known)).toMatchObject({
      kind: "invalid",
      problems: ["4 roles were chosen: compare at most 3 at a time."],
      slugs: ["accountant", "bookkeeper", "plumber"],
    });
  });

  it("reports every problem at once", () => {
    const check = parseCompareQuery("x,x,accountant,accountant", known);
    expect(check).toEqual({
      kind: "invalid",
      problems: [
        "We have no role called “x”. Check the spelling, or choose from the lists below.",
        "“accountant” is listed more than once: choose different roles.",
        "4 roles were chosen: compare at most 3 at a time.",
      ],
      slugs: ["accountant"],
    });
  });

  it("shortens a very long value it quotes", () => {
    const check = parseCompareQuery(`${"a".repeat(200)},plumber`, known);
    expect(check.kind === "invalid" && check.problems[0]).toBe(
      `We have no role called “${"a".repeat(60)}…”. Check the spelling, or choose from the lists below.`,
    );
  });
});

describe("canonical addresses", () => {
  it("writes /compare?roles=a,b", () => {
    expect(compareHref(["accountant", "bookkeeper"])).toBe("/compare?roles=accountant,bookkeeper");
  });

  it("redirects the picker's repeated parameters to the canonical address, and nothing else", () => {
    const raw = ["accountant", "bookkeeper", ""];
    expect(canonicalCompareRedirect(raw, parseCompareQuery(raw, known))).toBe("/compare?roles=accountant,bookkeeper");
    expect(canonicalCompareRedirect(["Accountant, bookkeeper"], parseCompareQuery("Accountant, bookkeeper", known))).toBe(
      "/compare?roles=accountant,bookkeeper",
    );
    expect(canonicalCompareRedirect(["accountant,bookkeeper"], parseCompareQuery("accountant,bookkeeper", known))).toBeUndefined();
    expect(canonicalCompareRedirect(["plumber"], parseCompareQuery("plumber", known))).toBeUndefined();
  });

  it("splits the parameter both ways", () => {
    expect(splitRolesParam(["a,b", "c"])).toEqual(["a", "b", "c"]);
    expect(splitRolesParam(undefined)).toEqual([]);
  });
});

describe("sameSkill", () => {
  const tool = (name: string) => ({ name, kind: "AI tool" as const });
  const tech = (name: string) => ({ name, kind: "technical" as const });

  it("matches AI tools that name a tool in common", () => {
    expect(sameSkill(tool("Claude Code or ChatGPT"), tool("ChatGPT or Claude"))).toBe(true);
    expect(sameSkill(tool("CoCounsel (Thomson Reuters)"), tool("CoCounsel"))).toBe(true);
    expect(sameSkill(tool("Microsoft 365 Copilot in Excel"), tool("Microsoft 365 Copilot"))).toBe(true);
    expect(sameSkill(tool("QuickBooks Online with Intuit Assist"), tool("Xero JAX or Intuit Assist in QuickBooks"))).toBe(true);
    expect(sameSkill(tool("GitHub Copilot"), tool("Microsoft 365 Copilot"))).toBe(false);
  });

  it("matches other skills worded the same, or when one's words are all in the other", () => {
    expect(sameSkill(tech("SQL basics"), tech("sql basics"))).toBe(true);
    expect(sameSkill(tech("Cash-flow forecasting"), tech("Monthly reporting and cash-flow forecasting"))).toBe(true);
    expect(sameSkill(tech("Accessibility to WCAG 2.2"), tech("Semantic HTML and WCAG 2.2 accessibility"))).toBe(true);
  });

  it("does not pair skills that merely share words", () => {
    expect(sameSkill(tech("System design and distributed architecture"), tech("Design tokens and design-system architecture"))).toBe(false);
    // A single shared word is not enough.
    expect(sameSkill(tech("Excel"), tech("Excel modelling"))).toBe(false);
  });

  it("never pairs different kinds", () => {
    expect(sameSkill(tech("Negotiation"), { name: "Negotiation", kind: "human" })).toBe(false);
  });
});

describe("compareSkills", () => {
  const a = makeRole({
    slug: "a",
    title: "Role A",
    tools: ["ChatGPT or Claude", "Dext"],
    technical: ["Cash-flow forecasting", "Payroll"],
    human: ["Explaining numbers"],
  });
  const b = makeRole({
    slug: "b",
    title: "Role B",
    tools: ["Claude", "Gusto"],
    technical: ["Monthly reporting and cash-flow forecasting"],
    human: ["Explaining numbers"],
  });
  const c = makeRole({ slug: "c", title: "Role C", tools: ["Claude"], technical: ["Wiring"], human: ["Explaining numbers"] });

  it("lists what both share (with the other wording) and what each adds", () => {
    expect(compareSkills([a, b])).toMatchInlineSnapshot(`
      {
        "shared": [
          {
            "kind": "AI tool",
            "name": "ChatGPT or Claude",
            "variants": [
              "Claude",
            ],
          },
          {
            "kind": "technical",
            "name": "Cash-flow forecasting",
            "variants": [
              "Monthly reporting and cash-flow forecasting",
            ],
          },
          {
            "kind": "human",
            "name": "Explaining numbers",
            "variants": [],
          },
        ],
        "toAdd": [
          [
            {
              "kind": "AI tool",
              "name": "Dext",
            },
            {
              "kind": "technical",
              "name": "Payroll",
            },
          ],
          [
            {
              "kind": "AI tool",
              "name": "Gusto",
            },
          ],
        ],
      }
    `);
  });

  it("with three roles, shares only what all three list", () => {
    const result = compareSkills([a, b, c]);
    expect(result.shared.map((s) => s.name)).toEqual(["ChatGPT or Claude", "Explaining numbers"]);
    expect(result.toAdd.map((list) => list.map((s) => s.name))).toEqual([
      ["Dext", "Cash-flow forecasting", "Payroll"],
      ["Gusto", "Monthly reporting and cash-flow forecasting"],
      ["Wiring"],
    ]);
  });
});
