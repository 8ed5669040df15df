import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/assessment/plan";
import { escapeMarkdown, planToMarkdown } from "@/lib/assessment/plan-markdown";
import { PROFILE } from "./helpers/assessment-profile";

describe("planToMarkdown", () => {
  const plan = buildPlan({ ...PROFILE, title: "Café *Manager*" }, { hours: 2, start: "2027-01-04" });
  const md = planToMarkdown(plan, { planUrl: "https://rolecompass.example/roles/cafe-manager/plan?h=2" });

  it("starts with the title, the settings and the link", () => {
    expect(md.split("\n").slice(0, 7).join("\n")).toMatchInlineSnapshot(`
      "# 12-week AI action plan: Café \\*Manager\\*

      2 h a week, from 4 January 2027 to 28 March 2027. Built from the role profile (no assessment answers).

      Most of this role's week is work AI supports rather than replaces, so the plan makes you faster at it with AI tools and deepens the skills around it.

      Plan online: <https://rolecompass.example/roles/cafe-manager/plan?h=2>"
    `);
  });

  it("has a section per phase, a heading per week and a checkbox per task", () => {
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md.match(/^### Week \d+ /gm)).toHaveLength(12);
    expect(md.match(/^- \[ \] \*\*/gm)).toHaveLength(12 * plan.tasksPerWeek);
    expect(md.match(/^Checkpoint: /gm)).toHaveLength(12);
    expect(md).toContain("### Week 12 (22 March 2027): Review and set the next twelve weeks");
  });

  it("escapes markdown characters in profile text", () => {
    expect(escapeMarkdown("a*b_c[d]<e> `f` \\")).toBe("a\\*b\\_c\\[d\\]\\<e\\> \\`f\\` \\\\");
  });
});
