import { axeViolations } from "./helpers/axe";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { scoreAssessment } from "../../lib/assessment/scoring";
import { answersToQuery } from "../../lib/assessment/params";
import { loadContent } from "../../lib/content/load";
import { RISK_BANDS } from "../../lib/content/risk";
import { parseIcs, prop, unescapeText } from "../unit/helpers/ics-reader";
import { sampleAnswers } from "../sample-answers";

const role = loadContent(process.env.CONTENT_ROOT ?? process.cwd()).roles.find((r) => r.slug === "software-developer-backend-api")!;
const ROLE_URL = `/roles/${role.slug}`;

const ANSWERS = sampleAnswers(role);
const RESULT = scoreAssessment(role, ANSWERS);
const TIME = ["None", "Some", "A lot"];
const TOOL = ["Never used", "Tried it", "Use it weekly"];

async function fillAssessment(page: Page) {
  for (const [i, t] of role.automating.entries())
    await page.getByRole("radiogroup", { name: t.task }).getByRole("radio", { name: TIME[ANSWERS.automating[i]!] }).check();
  for (const [i, t] of role.augmenting.entries())
    await page.getByRole("radiogroup", { name: t.task }).getByRole("radio", { name: TIME[ANSWERS.augmenting[i]!] }).check();
  await page.getByLabel("How much of your working time goes on work not listed above?").selectOption(String(ANSWERS.outside));
  for (const [i, t] of role.skills.aiTools.entries())
    await page.getByRole("radiogroup", { name: t.name }).getByRole("radio", { name: TOOL[ANSWERS.tools[i]!] }).check();
}

/** Role page → assessment → result → plan → .ics download, as a reader would. */
async function walkThrough(page: Page) {
  await page.goto(ROLE_URL);
  const cta = page.getByRole("region", { name: "Your next step" });
  await cta.getByRole("link", { name: "Take the assessment" }).click();
  await expect(page).toHaveURL(`${ROLE_URL}/assessment`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`How exposed is your ${role.title} job to AI?`);

  await fillAssessment(page);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/assessment/result?")),
    page.getByRole("button", { name: "See my result" }).click(),
  ]);
  expect(response.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your AI exposure as a ${role.title}`);
  const score = page.getByTestId("exposure-score");
  await expect(score).toContainText(`${RESULT.score} / 100`);
  await expect(score).toContainText(`${RISK_BANDS[RESULT.band].label} exposure`);
  const exposed = page.getByRole("region", { name: "Your most exposed tasks" }).getByRole("listitem");
  await expect(exposed).toHaveCount(RESULT.mostExposed.length);
  await expect(exposed.first()).toContainText(RESULT.mostExposed[0]!.task);
  await expect(page.getByRole("region", { name: "Your strongest human-in-the-loop tasks" }).getByRole("listitem").first()).toContainText(
    RESULT.strongestHuman[0]!.task,
  );
  const skills = page.getByRole("region", { name: "Three skills to prioritise" }).getByRole("listitem");
  await expect(skills).toHaveCount(3);
  for (const [i, s] of RESULT.skills.entries()) await expect(skills.nth(i)).toContainText(s.name);

  const planBox = page.getByRole("region", { name: "Turn this into a 12-week plan" });
  await planBox.getByLabel("Hours per week").selectOption("5");
  await planBox.getByRole("button", { name: "Build my 12-week plan" }).click();
  await expect(page).toHaveURL(/\/plan\?.*h=5/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your 12-week AI action plan as a ${role.title}`);
  await expect(page.getByTestId("plan-summary")).toContainText("5 hours a week");
  await expect(page.getByTestId("plan-week")).toHaveCount(12);
  await expect(page.getByRole("heading", { level: 3 }).first()).toContainText(RESULT.skills.find((s) => s.kind === "tool")?.name ?? "");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Add to your calendar (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^role-compass-plan-${role.slug}-\\d{4}-\\d{2}-\\d{2}\\.ics$`));
  const calendar = parseIcs(fs.readFileSync((await download.path())!, "utf8"));
  const events = calendar.children.filter((c) => c.type === "VEVENT");
  expect(events).toHaveLength(12);
  const firstFocus = await page.getByRole("heading", { level: 3 }).first().textContent();
  expect(unescapeText(prop(events[0]!, "SUMMARY")!.value)).toBe(`Week 1 of 12: ${firstFocus}`);
  for (const event of events) {
    expect(prop(event, "UID")!.value).toMatch(/@/);
    expect(prop(event, "DTSTAMP")!.value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prop(event, "DTSTART")).toMatchObject({ params: { VALUE: "DATE" }, value: expect.stringMatching(/^\d{8}$/) });
  }
}

test.describe("assessment and plan", () => {
  test("role page → assessment → result → plan → calendar, with JavaScript", async ({ page }) => {
    await walkThrough(page);
  });

  test("the same, with JavaScript disabled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await walkThrough(page);
    await context.close();
  });

  test("the result hydrates under the site's CSP, with no console errors", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    const search = new URLSearchParams([
      ...ANSWERS.automating.map((x, i) => [`a${i + 1}`, String(x)]),
      ...ANSWERS.augmenting.map((x, i) => [`g${i + 1}`, String(x)]),
      ["o", String(ANSWERS.outside)],
      ...ANSWERS.tools.map((x, i) => [`t${i + 1}`, String(x)]),
    ]);
    const response = await page.goto(`${ROLE_URL}/assessment/result?${search}`, { waitUntil: "networkidle" });
    const scriptSrc = response
      ?.headers()
      ["content-security-policy"]?.split(";")
      .find((d) => d.trim().startsWith("script-src"));
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: role.title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Will AI replace your ${role.title} job?`);
    // The marker survives only if the router navigated on the client, i.e. React hydrated.
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
    expect(errors).toEqual([]);
  });

  test("bad parameters get a 400 page naming the field, and the way back keeps the valid answers", async ({ page }) => {
    const response = await page.goto(`${ROLE_URL}/assessment/result?a1=9&a2=1&o=95&utm_source=x`);
    expect(response?.status()).toBe(400);
    const errors = page.getByRole("list", { name: "Fields to fix" }).getByRole("listitem");
    await expect(errors.filter({ hasText: "a1" })).toContainText("expected 0, 1 or 2 (none, some, a lot), found “9”");
    await expect(errors.filter({ hasText: "Share of your work outside the listed tasks" })).toContainText("found “95”");
    await expect(errors.filter({ hasText: "utm_source" })).toContainText("is not a question on this page");
    await expect(page.getByRole("list", { name: "Missing answers" })).toContainText(`a3Time on “${role.automating[2]!.task}”`);
    await expect(page.getByRole("list", { name: "Missing answers" }).getByRole("listitem")).toHaveCount(
      role.automating.length - 2 + role.augmenting.length + role.skills.aiTools.length,
    );

    await page.getByRole("link", { name: "Back to the form, with your valid answers kept" }).click();
    await expect(page).toHaveURL(`${ROLE_URL}/assessment?a2=1`);
    await expect(page.getByRole("radiogroup", { name: role.automating[1]!.task }).getByRole("radio", { name: "Some" })).toBeChecked();
    await expect(page.getByRole("radiogroup", { name: role.automating[0]!.task }).getByRole("radio", { name: "A lot" })).not.toBeChecked();
  });

  test("out-of-range plan settings and downloads answer 400 too; an unknown role is a 404", async ({ request }) => {
    for (const path of [
      "plan?h=0",
      "plan?h=21",
      "plan?s=2027-02-30",
      "plan?a1=1",
      "plan/calendar.ics?h=abc",
      "plan/plan.md?x=1",
      "assessment?t1=3",
    ]) {
      const res = await request.get(`${ROLE_URL}/${path}`);
      expect(res.status(), path).toBe(400);
      expect(res.headers()["content-type"], path).toContain("text/html");
    }
    expect((await request.get("/roles/astronaut-gardener/assessment")).status()).toBe(404);
    expect((await request.get("/roles/astronaut-gardener/plan/calendar.ics")).status()).toBe(404);
  });

  test("the pages are noindex, uncached and send no referrer; the markdown download works", async ({ request }) => {
    for (const path of ["assessment", "plan?h=2"]) {
      const res = await request.get(`${ROLE_URL}/${path}`);
      expect(res.status()).toBe(200);
      expect(res.headers()).toMatchObject({ "x-robots-tag": "noindex, nofollow", "cache-control": "private, no-store" });
      const html = await res.text();
      expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
      expect(html).toContain('<meta name="referrer" content="no-referrer"/>');
    }
    const md = await request.get(`${ROLE_URL}/plan/plan.md?h=2&s=2027-01-04`);
    expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    const text = await md.text();
    expect(text).toMatch(/^# 12-week AI action plan: /);
    expect(text.match(/^- \[ \] /gm)).toHaveLength(24);
  });

  test("the plan prints without its controls", async ({ page }) => {
    await page.goto(`${ROLE_URL}/plan?h=3&s=2027-01-04`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: "Plan settings" })).toBeHidden();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByTestId("plan-week")).toHaveCount(12);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, preferCSSPageSize: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, format).toBeGreaterThanOrEqual(2);
      expect(pages, format).toBeLessThanOrEqual(6);
    }
  });
});

test.describe("accessibility", () => {
  const answers = answersToQuery(ANSWERS).toString();
  const pages = [
    { name: "form", path: `${ROLE_URL}/assessment?a1=1` },
    { name: "result", path: `${ROLE_URL}/assessment/result?${answers}` },
    { name: "plan", path: `${ROLE_URL}/plan?${answers}&h=4` },
    { name: "400", path: `${ROLE_URL}/plan?a1=9&h=30` },
  ];
  for (const scheme of ["light", "dark"] as const) {
    for (const { name, path } of pages) {
      test(`axe finds no violations on the ${name} page (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const errors: string[] = [];
        page.on("console", (msg) => {
          // The 400 page's own status is logged by the browser as a failed load; nothing else may appear.
          if (msg.type() === "error" && !(name === "400" && msg.text().includes("400"))) errors.push(msg.text());
        });
        await page.goto(path, { waitUntil: "networkidle" });
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});
