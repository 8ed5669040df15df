import { describe, expect, it } from "vitest";
import type { Problem } from "@/lib/check/problems";
import { formatReport, githubAnnotation } from "@/lib/check/report";

const error: Problem = {
  severity: "error",
  file: "content/roles/a.md",
  line: 15,
  column: 3,
  field: "risk.level",
  message: 'expected one of low | medium, found "meduim" — did you mean "medium"?',
};
const warning: Problem = {
  severity: "warning",
  file: "content/roles/a.md",
  line: 2,
  column: 1,
  field: "updated",
  message: "not reviewed for 400 days: review the profile and bump updated",
};
const other: Problem = {
  severity: "error",
  file: "content/roles/b.md",
  line: 1,
  column: 1,
  field: "(yaml)",
  message: "invalid YAML: 100% wrong,\nsecond line",
};
const input = { problems: [warning, error, other], counts: { roles: 2, articles: 1, categories: 12 }, elapsedMs: 41.6 };

describe("formatReport", () => {
  it("text: grouped per file, then a summary", () => {
    expect(formatReport(input, "text")).toMatchInlineSnapshot(`
      "content/roles/a.md
        content/roles/a.md:2:1 updated — not reviewed for 400 days: review the profile and bump updated (warning)
        content/roles/a.md:15:3 risk.level — expected one of low | medium, found "meduim" — did you mean "medium"?

      content/roles/b.md
        content/roles/b.md:1:1 (yaml) — invalid YAML: 100% wrong,
      second line

      ✗ 2 errors, 1 warning — checked 2 roles, 1 article and 12 categories in 42 ms.
      Fix the errors above (file:line:column field — what is wrong), then run \`npm run check-content\` again."
    `);
  });

  it("text: a clean tree is one line", () => {
    expect(formatReport({ problems: [], counts: { roles: 1, articles: 0, categories: 1 } }, "text")).toBe(
      "✓ 0 errors, 0 warnings — checked 1 role, 0 articles and 1 category.",
    );
  });

  it("github: one workflow annotation per problem, errors first, with GitHub's escaping", () => {
    expect(formatReport(input, "github")).toMatchInlineSnapshot(`
      "::error file=content/roles/a.md,line=15,col=3,title=risk.level::risk.level — expected one of low | medium, found "meduim" — did you mean "medium"?
      ::error file=content/roles/b.md,line=1,col=1,title=(yaml)::(yaml) — invalid YAML: 100%25 wrong,%0Asecond line
      ::warning file=content/roles/a.md,line=2,col=1,title=updated::updated — not reviewed for 400 days: review the profile and bump updated
      2 errors, 1 warning — checked 2 roles, 1 article and 12 categories."
    `);
  });

  it("github: property values escape ':' and ','", () => {
    expect(githubAnnotation({ ...error, file: "content/roles/a,b:c.md", field: "a:b" })).toMatch(
      /^::error file=content\/roles\/a%2Cb%3Ac\.md,line=15,col=3,title=a%3Ab::a:b — /,
    );
  });

  it("json: the same findings for tools", () => {
    expect(JSON.parse(formatReport(input, "json"))).toEqual({
      ok: false,
      roles: 2,
      articles: 1,
      categories: 12,
      errors: 2,
      warnings: 1,
      problems: [warning, error, other],
    });
  });
});
