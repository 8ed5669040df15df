import { axeViolations } from "./helpers/axe";
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { compareSkills } from "../../lib/discovery/compare";

const content = loadContent(process.env.CONTENT_ROOT ?? process.cwd());
const published = content.roles.filter((r) => !r.draft);
const bySlug = new Map(published.map((r) => [r.slug, r]));
const backend = bySlug.get("software-developer-backend-api")!;
const accountant = bySlug.get("accountant")!;
const bookkeeper = bySlug.get("bookkeeper")!;
const truckDriver = bySlug.get("truck-driver")!;
const nursingAssistant = bySlug.get("nursing-assistant")!;
const finance = content.categories.find((c) => c.slug === "finance")!;

const BAD_COMPARE = [
  ["/compare?roles=accountant", "Only one role was chosen: choose at least 2 to compare."],
  ["/compare?roles=accountant,astronaut-gardener", "We have no role called “astronaut-gardener”."],
  ["/compare?roles=accountant,accountant", "“accountant” is listed more than once: choose different roles."],
  ["/compare?roles=accountant,bookkeeper,plumber,electrician", "4 roles were chosen: compare at most 3 at a time."],
] as const;

const siteSearch = (page: Page) => page.getByRole("search", { name: "Site search" });

/** Flows that must work the same with and without JavaScript. */
function withoutScriptNeeded(js: boolean) {
  test.describe(`JavaScript ${js ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: js });

    test("a misspelt search submitted from the header finds the role", async ({ page }) => {
      await page.goto(`/roles/${accountant.slug}`);
      const box = siteSearch(page).getByRole("combobox", { name: "Search jobs" });
      await box.fill("backnd develper");
      await box.press("Enter");
      if (js) {
        // With JavaScript, Enter with no result highlighted still runs the full search.
        await expect(page).toHaveURL(/\/search\?q=backnd(\+|%20)develper$/);
      } else {
        await expect(page).toHaveURL(/\/search\?q=backnd\+develper$/);
      }
      const results = page.getByTestId("search-results");
      await expect(results.getByRole("listitem").first()).toContainText(backend.title);
      await expect(results.getByRole("listitem").first()).toContainText(/Medium risk/);
      await results.getByRole("link", { name: backend.title }).click();
      await expect(page).toHaveURL(`/roles/${backend.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Will AI replace your ${backend.title} job?`);
    });

    test("an everyday job name finds the job's profile first and its occupation page right after", async ({ page }) => {
      await page.goto("/");
      const box = page.getByRole("search", { name: "Find your role" }).getByRole("combobox");
      await box.fill("truck driver");
      await box.press("Enter");
      await expect(page).toHaveURL(/\/search\?q=truck(\+|%20)driver$/);
      const items = page.getByTestId("search-results").getByRole("listitem");
      await expect(items.nth(0)).toContainText(truckDriver.title);
      await expect(items.nth(0)).toHaveAttribute("data-kind", "role");
      await expect(items.nth(1)).toContainText("Heavy and Tractor-Trailer Truck Drivers");
      await expect(items.nth(1)).toHaveAttribute("data-kind", "occupation");
      await items.nth(1).getByRole("link").click();
      await expect(page).toHaveURL(`/occupations/${truckDriver.onet[0]}`);
    });

    test("filters and sorts the list with links", async ({ page }) => {
      await page.goto("/roles");
      const filters = page.getByRole("navigation", { name: "Filter and sort roles" });
      await filters.getByRole("list", { name: "Category" }).getByRole("link", { name: finance.title }).click();
      await expect(page).toHaveURL("/roles?category=finance");
      await filters.getByRole("list", { name: "Risk band" }).getByRole("link", { name: "Very high" }).click();
      await expect(page).toHaveURL("/roles?category=finance&risk=very-high");
      await expect(filters.getByRole("link", { name: "Very high" })).toHaveAttribute("aria-current", "page");

      const expected = published.filter((r) => r.category === "finance" && r.risk.level === "very-high");
      expect(expected.length).toBeGreaterThan(0);
      const main = page.getByRole("main");
      await expect(main.getByRole("status")).toHaveText(
        new RegExp(`^${expected.length} roles? in ${finance.title.replace("&", "\\&")} with very high risk`),
      );
      const shown = await main.locator("article h3 a, article h4 a").allTextContents();
      expect(shown.sort()).toEqual(expected.map((r) => r.title).sort());
      // Filtered views are kept out of search engines' indexes.
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");

      await filters.getByRole("link", { name: "Last updated (newest first)" }).click();
      await expect(page).toHaveURL("/roles?category=finance&risk=very-high&sort=updated");
      await page.getByRole("link", { name: "Clear all" }).click();
      await expect(page).toHaveURL("/roles");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/roles$/);
    });

    test("compares two roles picked from the form", async ({ page }) => {
      await page.goto("/compare");
      await page.getByLabel("First role").selectOption(accountant.slug);
      await page.getByLabel("Second role").selectOption(bookkeeper.slug);
      await page.getByRole("button", { name: "Compare" }).click();
      // The form's repeated parameters are redirected to the canonical address.
      await expect(page).toHaveURL(`/compare?roles=${accountant.slug},${bookkeeper.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${accountant.title} vs ${bookkeeper.title}`);
      const table = page.getByTestId("compare-table");
      await expect(table.getByRole("columnheader", { name: new RegExp(`^${accountant.title}`) })).toBeVisible();
      await expect(table.getByRole("columnheader", { name: new RegExp(`^${bookkeeper.title}`) })).toBeVisible();
      for (const heading of [
        "AI automation risk",
        "Tasks AI is automating",
        "Tasks AI is augmenting (you stay in the loop)",
        "Skills in common",
      ]) {
        await expect(table.getByRole("columnheader", { name: heading })).toBeVisible();
      }
      await expect(table).toContainText(`About ${accountant.risk.automatableShare}% of core working time`);
      await expect(table).toContainText(`About ${bookkeeper.risk.automatableShare}% of core working time`);
      await expect(table).toContainText(accountant.automating[0]!.task);
      await expect(table).toContainText(bookkeeper.augmenting[0]!.task);
      await expect(table).toContainText(bookkeeper.outlook.far);
      // The skills both profiles list, as the page works them out (lib/discovery/compare.ts), are shown together.
      const shared = compareSkills([accountant, bookkeeper]).shared;
      expect(shared.length).toBeGreaterThan(0);
      await expect(page.getByTestId("shared-skills")).toContainText(shared[0]!.name);
    });

    test("bad compare parameters give a 400 page that says what was wrong", async ({ page }) => {
      for (const [url, problem] of BAD_COMPARE) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(400);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can't compare those roles");
        await expect(page.getByRole("main").getByRole("alert")).toContainText(problem);
        // The picker is there to put it right.
        await expect(page.getByRole("button", { name: "Compare" })).toBeVisible();
      }
    });
  });
}

withoutScriptNeeded(false);
withoutScriptNeeded(true);

test.describe("with JavaScript: results while typing", () => {
  test("type a misspelt role, pick it from the list, reach it", async ({ page }) => {
    const searchIndex = page.waitForResponse("**/search-index.json");
    await page.goto("/");
    const hero = page.getByRole("search", { name: "Find your role" });
    const box = hero.getByRole("combobox");
    await box.click();
    await searchIndex;
    await box.pressSequentially("backnd develper");
    const options = hero.getByRole("listbox").getByRole("option");
    await expect(options.first()).toContainText(backend.title);
    await expect(options.first()).toContainText("Medium risk");
    await options.first().click();
    await expect(page).toHaveURL(`/roles/${backend.slug}`);
  });

  test("the type-ahead ranks like the search page: an abbreviation finds the job, an occupation page opens", async ({ page }) => {
    await page.goto(`/roles/${accountant.slug}`);
    const box = siteSearch(page).getByRole("combobox");
    await box.click();
    await box.pressSequentially("cna");
    const options = siteSearch(page).getByRole("listbox").getByRole("option");
    await expect(options.first()).toContainText(nursingAssistant.title);
    await box.fill("");
    await box.pressSequentially("airline pilot");
    await expect(options.first()).toContainText("Airline Pilots, Copilots, and Flight Engineers");
    await expect(options.first()).toContainText("Occupation data");
    await options.first().click();
    await expect(page).toHaveURL("/occupations/53-2011.00");
  });

  test("keyboard: arrow down to a result and press Enter", async ({ page }) => {
    await page.goto(`/roles/${accountant.slug}`);
    const box = siteSearch(page).getByRole("combobox");
    await box.fill("plumbr");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/);
    await box.press("Enter");
    await expect(page).toHaveURL("/roles/plumber");
  });

  test("the role page does not load the search index until the reader searches", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`/roles/${backend.slug}`, { waitUntil: "networkidle" });
    expect(requested).not.toContain("/search-index.json");
    await siteSearch(page).getByRole("combobox").focus();
    await expect.poll(() => requested.includes("/search-index.json")).toBe(true);
  });
});

test("a search with no match says so and suggests near matches", async ({ page }) => {
  await page.goto("/search?q=farmasist");
  await expect(page.getByRole("heading", { name: "Nothing matches “farmasist”" })).toBeVisible();
  await page.getByRole("link", { name: "Pharmacist" }).first().click();
  await expect(page).toHaveURL("/roles/pharmacist");
});

test("bad /roles and /search parameters are 400s too", async ({ request }) => {
  for (const url of ["/roles?risk=extreme", "/roles?sort=salary", `/search?q=${"x".repeat(101)}`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(await response.text()).toContain("400 — bad request");
  }
});

test("role pages link to comparisons with the nearest family and related roles", async ({ page }) => {
  await page.goto(`/roles/${backend.slug}`);
  const links = page.getByTestId("compare-links");
  const siblings = published.filter((r) => r.parent === backend.parent && r.slug !== backend.slug);
  // The parent first, then siblings, then related roles, up to six; the picker reaches the rest.
  const candidates = new Set(
    [backend.parent!, ...siblings.map((s) => s.slug), ...backend.related].map((slug) => `/compare?roles=${backend.slug},${slug}`),
  );
  expect(candidates.size).toBeGreaterThan(6);
  const hrefs = await links.locator('a[href^="/compare?roles="]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).toHaveLength(6);
  expect(hrefs[0]).toBe(`/compare?roles=${backend.slug},${backend.parent}`);
  for (const href of hrefs) expect(candidates.has(href!), href!).toBe(true);
  await expect(links.getByRole("link", { name: "Compare any two or three roles" })).toHaveAttribute("href", "/compare");
  const sibling = siblings.find((r) => hrefs[1] === `/compare?roles=${backend.slug},${r.slug}`)!;
  await links.getByRole("link", { name: `Compare with ${sibling.title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${backend.title} vs ${sibling.title}`);
});

test("the home page is the front door", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Will AI replace my job — and what do I do about it?");
  await expect(page.getByRole("search", { name: "Find your role" }).getByRole("combobox")).toBeVisible();
  const categories = page.getByRole("region", { name: "Browse by category" });
  for (const slug of new Set(published.map((r) => r.category)))
    await expect(categories.locator(`a[href="/categories/${slug}"]`)).toHaveCount(1);
  const families = page.getByRole("region", { name: "Role families" });
  await expect(families.getByRole("link", { name: "Software Developer", exact: true })).toBeVisible();
  const newest = [...published].sort(
    (a, b) => (b.updated ?? "").localeCompare(a.updated ?? "") || a.title.localeCompare(b.title, "en"),
  )[0]!;
  await expect(page.getByRole("region", { name: "Recently updated" }).getByRole("link", { name: newest.title, exact: true })).toBeVisible();
  const bands = page.getByRole("region", { name: "What the risk bands mean" });
  await expect(bands.getByRole("link", { name: "How we decide a rating" })).toHaveAttribute("href", "/methodology");
});

const AXE_PAGES = [
  "/search?q=backnd+develper",
  "/search?q=farmasist",
  "/roles?category=finance&sort=risk",
  "/roles?sort=updated",
  "/compare",
  `/compare?roles=${accountant.slug},${bookkeeper.slug},plumber`,
  "/compare?roles=accountant,accountant",
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    for (const path of AXE_PAGES) {
      test(`no violations on ${path}`, async ({ page }) => {
        const errors: string[] = [];
        page.on("console", (msg) => {
          // A 400 page's own status is logged by the browser as a failed resource load; nothing else may appear.
          if (msg.type() === "error" && !msg.text().includes("400")) errors.push(msg.text());
        });
        page.on("pageerror", (err) => errors.push(err.message));
        await page.goto(path, { waitUntil: "networkidle" });
        expect(await axeViolations(page)).toEqual([]);
        expect(errors, "browser console is clean (no CSP violations or errors)").toEqual([]);
      });
    }

    test("no violations with the results list open under the header box", async ({ page }) => {
      await page.goto("/", { waitUntil: "networkidle" });
      const box = siteSearch(page).getByRole("combobox");
      await box.fill("acount");
      await expect(siteSearch(page).getByRole("option").first()).toBeVisible();
      await box.press("ArrowDown");
      expect(await axeViolations(page, "header")).toEqual([]);
    });
  });
}
