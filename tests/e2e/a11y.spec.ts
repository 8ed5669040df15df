import { axeViolations } from "./helpers/axe";
import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./helpers/site";

const PAGES = [
  { name: "home", path: "/" },
  { name: "role", path: "/roles/software-developer-backend-api" },
  { name: "category", path: "/categories/technology" },
  { name: "404", path: "/roles/no-such-role" },
  { name: "methodology", path: "/methodology" },
  { name: "article", path: "/articles/how-to-read-an-ai-risk-rating" },
  { name: "all roles", path: "/roles" },
];

/**
 * Page types no other spec runs axe on (search, browse and compare: find-role.spec.ts; assessment, result
 * and plan: assessment.spec.ts; occupation: evidence.spec.ts), with the status each answers.
 */
const MORE = [
  "risk band",
  "articles index",
  "about",
  "search, empty",
  "search without results",
  "occupations index",
  "400, broken escape",
  "404, unknown role's assessment",
  "405",
  "414",
];
const EXTRA = PAGE_TYPES.filter((p) => MORE.includes(p.name));

for (const scheme of ["light", "dark"] as const) {
  for (const { name, path, status = name === "404" ? 404 : 200, method } of [...PAGES, ...EXTRA] as {
    name: string;
    path: string;
    status?: number;
    method?: string;
  }[]) {
    test(`axe finds no violations on the ${name} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const errors: string[] = [];
      page.on("console", (msg) => {
        // An error page's own status is logged by the browser as a failed resource load; nothing else may appear.
        if (msg.type() === "error" && !(status >= 400 && msg.text().includes(String(status)))) errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      // The 405 page answers a method a browser only sends from a form: the navigation itself is re-sent with it.
      if (method)
        await page.route(
          (url) => url.pathname === path,
          (route) => route.continue({ method }),
          { times: 1 },
        );
      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(status);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors, "browser console is clean (no CSP violations or errors)").toEqual([]);
    });
  }
}
