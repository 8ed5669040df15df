import { expect, test } from "@playwright/test";

const STATIC_PAGES = ["/", "/roles", "/roles/software-developer-backend-api", "/categories/finance", "/risk/high", "/methodology", "/articles/how-to-read-an-ai-risk-rating"];

test.describe("hash-based CSP keeps static pages static and scripts locked down", () => {
  for (const path of STATIC_PAGES) {
    test(`${path}: no 'unsafe-inline' for scripts, still prerendered, no violations`, async ({ page, request }) => {
      const res = await request.get(path);
      const csp = res.headers()["content-security-policy"]!;
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
      expect(res.headers()["x-nextjs-cache"]).toBe("HIT");

      const violations: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") violations.push(m.text());
      });
      await page.goto(path, { waitUntil: "networkidle" });
      expect(violations).toEqual([]);
    });
  }

  test("the app hydrates: links navigate on the client without a full reload", async ({ page }) => {
    await page.goto("/roles/software-developer-backend-api", { waitUntil: "networkidle" });
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Software Developer", exact: true }).click();
    await expect(page).toHaveURL(/\/roles\/software-developer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Will AI replace your Software Developer job?");
    // The marker survives only if the router navigated client-side, i.e. React hydrated under the CSP.
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
  });

  test("an injected inline script is blocked", async ({ page }) => {
    const messages: string[] = [];
    page.on("console", (m) => messages.push(m.text()));
    await page.goto("/roles/software-developer-backend-api", { waitUntil: "networkidle" });
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__pwned = true";
      document.body.appendChild(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(messages.some((m) => m.includes("Content Security Policy"))).toBe(true);
  });
});
