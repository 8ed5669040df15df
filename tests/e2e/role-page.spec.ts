import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { buildFaq } from "../../lib/seo/faq";
import { RISK_BANDS } from "../../lib/content/risk";

const content = loadContent(process.env.CONTENT_ROOT ?? process.cwd());
const published = content.roles.filter((r) => !r.draft);
const role = published.find((r) => r.slug === "software-developer-backend-api")!;

test.describe("role page: Software Developer — Backend / API", () => {
  test("shows every section with the profile's data", async ({ page }) => {
    const response = await page.goto(`/roles/${role.slug}`);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Will AI replace your ${role.title} job?`);
    const rating = page.getByTestId("risk-rating");
    await expect(rating).toContainText(RISK_BANDS[role.risk.level].label);
    await expect(rating).toContainText(role.risk.reason);
    await expect(rating.getByRole("img", { name: /Risk meter: Medium, step 2 of 4/ })).toBeVisible();
    await expect(rating.getByRole("link", { name: "How we decide a rating" })).toHaveAttribute("href", "/methodology#risk-bands");

    const automating = page.getByTestId("automating");
    for (const t of role.automating) await expect(automating).toContainText(t.task);
    const augmenting = page.getByTestId("augmenting");
    for (const t of role.augmenting) {
      await expect(augmenting).toContainText(t.task);
      await expect(augmenting).toContainText(t.human);
    }
    await expect(page.getByTestId("timeline")).toContainText(role.outlook.near);
    await expect(page.getByTestId("timeline")).toContainText(role.outlook.far);
    const skills = page.getByTestId("skills");
    for (const s of [...role.skills.aiTools.map((t) => t.name), ...role.skills.technical, ...role.skills.human])
      await expect(skills).toContainText(s);
    await expect(page.getByRole("region", { name: "How to position yourself" })).toContainText(role.positioning.slice(0, 60));

    // The FAQ shows the derived questions, in order, then the profile's extras.
    const questions = await page.getByTestId("faq").locator("summary h3").allTextContents();
    expect(questions).toEqual(buildFaq(role).map((f) => f.question));

    // Family links: the parent's assessment and every sibling specialization.
    const links = page.getByTestId("role-links");
    await expect(links.getByRole("link", { name: /Software Developer AI impact assessment/ })).toHaveAttribute(
      "href",
      "/roles/software-developer",
    );
    const siblings = published.filter((r) => r.parent === role.parent && r.slug !== role.slug);
    expect(siblings.length).toBeGreaterThanOrEqual(3);
    for (const s of siblings) await expect(links.locator(`a[href="/roles/${s.slug}"]`).first()).toBeVisible();
    for (const slug of role.related) await expect(links.locator(`a[href="/roles/${slug}"]`).first()).toBeVisible();
    for (const slug of role.reading) await expect(links.locator(`a[href="/articles/${slug}"]`)).toBeVisible();
  });

  test("every link on the page resolves", async ({ page, request }) => {
    await page.goto(`/roles/${role.slug}`);
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const internal = [...new Set(hrefs.filter((h) => h.startsWith("/")).map((h) => h.split("#")[0]!))];
    expect(internal.length).toBeGreaterThan(10);
    for (const href of internal) {
      const res = await request.get(href, { maxRedirects: 0 });
      expect(res.status(), href).toBe(200);
    }
    // In-page anchors point at ids that exist.
    for (const href of hrefs.filter((h) => h.startsWith("#"))) expect(await page.locator(href).count(), href).toBe(1);
  });
});

test("an unknown role slug is a real 404 with a helpful page", async ({ page }) => {
  const response = await page.goto("/roles/astronaut-gardener");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  await expect(page.getByRole("link", { name: "Browse every role we rate" })).toHaveAttribute("href", "/roles");
});

test("the list of roles links every published role", async ({ page }) => {
  await page.goto("/roles");
  for (const r of published) await expect(page.locator(`main a[href="/roles/${r.slug}"]`).first()).toBeAttached();
});
