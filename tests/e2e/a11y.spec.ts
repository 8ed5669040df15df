import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  { name: "home", path: "/" },
  { name: "role", path: "/roles/software-developer-backend-api" },
  { name: "category", path: "/categories/technology" },
  { name: "404", path: "/roles/no-such-role" },
  { name: "methodology", path: "/methodology" },
  { name: "article", path: "/articles/how-to-read-an-ai-risk-rating" },
  { name: "all roles", path: "/roles" },
];

for (const scheme of ["light", "dark"] as const) {
  for (const { name, path } of PAGES) {
    test(`axe finds no violations on the ${name} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const errors: string[] = [];
      page.on("console", (msg) => {
        // The 404 page's own status is logged by the browser as a failed resource load; nothing else may appear.
        if (msg.type() === "error" && !(name === "404" && msg.text().includes("404"))) errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await page.goto(path, { waitUntil: "networkidle" });
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      expect(errors, "browser console is clean (no CSP violations or errors)").toEqual([]);
    });
  }
}
