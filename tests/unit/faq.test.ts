import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { buildFaq, withArticle } from "@/lib/seo/faq";
import { makeTree } from "./helpers/content-tree";

const content = loadContent(makeTree());
const backend = content.roles.find((r) => r.slug === "software-developer-backend-api")!;

describe("buildFaq", () => {
  const faq = buildFaq(backend, 2026);

  it("asks the five standard questions, then the profile's own", () => {
    expect(faq.map((f) => f.question)).toEqual([
      "Will AI replace your Software Developer — Backend / API job?",
      "Which Software Developer — Backend / API tasks is AI automating?",
      "What skills should a Software Developer — Backend / API learn for the AI era?",
      "Is a career as a Software Developer — Backend / API safe from AI?",
      "Should I become a Software Developer — Backend / API in 2026?",
      ...backend.faq.map((f) => f.q),
    ]);
  });

  it("answers from the profile's own fields", () => {
    expect(faq[0]!.answer).toContain("Medium");
    expect(faq[0]!.answer).toContain("30%");
    expect(faq[0]!.answer).toContain(backend.risk.reason);
    for (const task of backend.automating) expect(faq[1]!.answer).toContain(task.task);
    for (const tool of backend.skills.aiTools) expect(faq[2]!.answer).toContain(tool.name);
    expect(faq[3]!.answer).toContain(backend.augmenting[0]!.task);
    expect(faq[3]!.answer).toContain("shifts rather than disappears");
    expect(faq[4]!.answer).toContain("Over the next one to two years");
  });

  it("changes with the data: a high band gives a different safety answer", () => {
    const high = { ...backend, risk: { ...backend.risk, level: "high" as const, automatableShare: 45 } };
    const answer = buildFaq(high, 2026)[3]!.answer;
    expect(answer).toContain("rated High");
    expect(answer).toContain("Fewer people will be needed");
  });

  it("uses the build year", () => {
    expect(buildFaq(backend, 2031)[4]!.question).toMatch(/in 2031\?$/);
  });
});

describe("withArticle", () => {
  it.each([
    ["Accountant", "an Accountant"],
    ["Plumber", "a Plumber"],
    ["HR Generalist", "an HR Generalist"],
    ["SEO Specialist", "an SEO Specialist"],
    ["UX Designer", "a UX Designer"],
    ["IT Support Specialist", "an IT Support Specialist"],
  ])("%s → %s", (title, expected) => {
    expect(withArticle(title)).toBe(expected);
  });
});
