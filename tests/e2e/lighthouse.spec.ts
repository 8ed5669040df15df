import { expect, test } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import browserSetup from "../chromium.json";

/*
 * Quality budgets, enforced: Lighthouse (mobile preset) on the home, a role and a category page in
 * Debian's chromium. SEO and accessibility must be 100, best practices ≥ 95. The performance score is a
 * timing that moves with the machine's load, so it is measured by `npm run bench` beside a bare Next.js
 * page, not asserted here.
 */
const BUDGET = { seo: 100, accessibility: 100, "best-practices": 95 } as const;
const PAGES = ["/", "/roles/software-developer-backend-api", "/categories/technology"];

test.describe.configure({ mode: "serial" });

test.describe("Lighthouse budgets", () => {
  let chrome: chromeLauncher.LaunchedChrome;
  test.beforeAll(async () => {
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? browserSetup.path,
      chromeFlags: ["--headless=new", ...browserSetup.args],
    });
  });
  test.afterAll(async () => {
    await chrome?.kill();
  });

  for (const path of PAGES) {
    test(`${path} meets the budget`, async ({ baseURL }) => {
      test.setTimeout(300_000);
      // A run in which Lighthouse could not load the page (runtimeError: every score 0) says nothing about
      // the page; it is run again, up to three times.
      let scores: Record<string, number> = {};
      for (let run = 1; run <= 3; run++) {
        const result = await lighthouse(`${baseURL}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: Object.keys(BUDGET),
        });
        const lhr = result!.lhr;
        if (lhr.runtimeError) {
          console.log(`${path} run ${run}: Lighthouse could not load the page (${lhr.runtimeError.code})`);
          continue;
        }
        scores = Object.fromEntries(Object.keys(BUDGET).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]));
        const failing = Object.entries(lhr.audits)
          .filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map(([id]) => id);
        console.log(`${path} run ${run}: ${JSON.stringify(scores)}${failing.length ? ` — failing audits: ${failing.join(", ")}` : ""}`);
        break;
      }
      for (const [category, min] of Object.entries(BUDGET)) expect(scores[category], `${category} on ${path}`).toBeGreaterThanOrEqual(min);
    });
  }
});
