import { axeViolations } from "./helpers/axe";
import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { parseDelimited } from "../../lib/research/csv";
import { buildOccupationEvidence, describeWages } from "../../lib/research/evidence";
import { CSV_COLUMNS, type RolesDataset } from "../../lib/seo/open-data";
import { loadResearch } from "../../lib/research/load";

// Expectations come from the same shipped data the build used.
const research = loadResearch(process.cwd()).research!;
const content = loadContent(process.env.CONTENT_ROOT ?? process.cwd());
const published = content.roles.filter((r) => !r.draft);

test.describe("Evidence section on an editorial profile", () => {
  const role = published.find((r) => r.slug === "software-developer-backend-api")!;
  const occupation = research.byCode.get(role.onet[0]!)!;
  const evidence = buildOccupationEvidence(research, occupation);

  test("shows both research figures with percentiles, sources, pay and the not-a-forecast statement", async ({ page }) => {
    await page.goto(`/roles/${role.slug}`);
    const section = page.getByRole("region", { name: "Evidence: what published research measured" });
    await expect(section).toBeVisible();
    await expect(section.getByTestId("not-a-forecast")).toContainText("Exposure is not a forecast of job loss.");

    // The first of the profile's occupations (a profile can belong to several).
    const block = section.getByTestId("occupation-evidence").first();
    await expect(block.getByRole("heading", { level: 3 })).toHaveText(`${occupation.title} (${occupation.code})`);
    await expect(block.getByRole("link", { name: `All the data for ${occupation.title}` })).toHaveAttribute(
      "href",
      `/occupations/${occupation.code}`,
    );

    expect(evidence.measures.map((m) => m.id)).toEqual(["gpt4-beta", "human-beta", "ai-applicability"]);
    for (const m of evidence.measures) {
      const card = block.getByTestId(`measure-${m.id}`);
      await expect(card).toContainText(m.label);
      await expect(card).toContainText(m.valueText);
      await expect(card).toContainText(m.standing);
      await expect(card.getByRole("img", { name: new RegExp(`percentile among ${m.population} occupations`) })).toBeVisible();
      await expect(card.getByRole("link")).toHaveAttribute("href", m.sourceUrl);
    }
    await expect(block.getByTestId("measure-gpt4-beta").getByRole("link")).toHaveAttribute(
      "href",
      "https://doi.org/10.1126/science.adj0998",
    );
    await expect(block.getByTestId("measure-ai-applicability").getByRole("link")).toHaveAttribute(
      "href",
      "https://arxiv.org/abs/2507.07935",
    );

    const wages = describeWages(occupation.wages)!;
    const pay = block.getByTestId("wages");
    await expect(pay).toContainText(`US employment, May 2021${wages.employmentText}`);
    await expect(pay).toContainText(`Median annual wage, May 2021${wages.wageText}`);
    await expect(pay.getByRole("link", { name: "US BLS, OEWS May 2021" })).toHaveAttribute("href", wages.sourceUrl);

    // The band and the research are compared in words.
    await expect(section.getByTestId("band-comparison")).toContainText(/Our band/);
    await expect(section.getByTestId("research-credits")).toContainText("O*NET® is a trademark of USDOL/ETA.");

    expect(await axeViolations(page, 'section[aria-labelledby="evidence-heading"]')).toEqual([]);
  });

  test("lists the O*NET tasks the profile cites with their labels in a closed disclosure, and links to all of them", async ({ page }) => {
    await page.goto(`/roles/${role.slug}`);
    const cites = new Set(
      [...role.automating, ...role.augmenting].flatMap((t) => t.taskIds ?? []).filter((id) => occupation.tasks.some((t) => t.id === id)),
    );
    expect(cites.size).toBeGreaterThan(0);
    expect(cites.size).toBeLessThan(occupation.tasks.length);
    const tasks = page.getByTestId("task-evidence").first();
    const summary = tasks.locator("summary");
    await expect(summary).toContainText(
      `The ${cites.size} of ${occupation.tasks.length} O*NET tasks of ${occupation.title} this profile cites`,
    );
    const items = tasks.locator("li[data-task-id]");
    await expect(items.first()).toBeHidden();
    await summary.click();
    await expect(items).toHaveCount(cites.size);
    expect(new Set(await items.evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-task-id")))))).toEqual(cites);
    const first = occupation.tasks.find((t) => cites.has(t.id))!;
    await expect(tasks.locator(`li[data-task-id="${first.id}"]`)).toContainText(first.statement);
    await expect(items.first()).toContainText(/GPT-4: (No exposure|Direct|With tools)/);

    // The first occupation's disclosure lists only its own tasks: pick an automating citation among them.
    const citedId = role.automating.flatMap((t) => t.taskIds ?? []).find((id) => occupation.tasks.some((t) => t.id === id))!;
    const cited = tasks.locator(`li[data-task-id="${citedId}"]`);
    await expect(cited).toContainText("Cited in this profile under");
    const all = tasks.getByTestId("all-tasks-link");
    await expect(all).toHaveText(`All ${occupation.tasks.length} tasks of ${occupation.title}, with their labels`);
    await expect(all).toHaveAttribute("href", `/occupations/${occupation.code}#tasks`);
    await cited.getByRole("link", { name: "tasks AI is automating" }).first().click();
    await expect(page).toHaveURL(/#automating-heading$/);
  });
});

test.describe("data-only occupation pages", () => {
  // An occupation no profile cites, whose BLS figures exist only for a combined group.
  const code = "13-1021.00";
  const occupation = research.byCode.get(code)!;

  test("is labelled as a data profile, shows the figures and tasks, and invites a pull request", async ({ page }) => {
    expect(published.some((r) => r.onet.includes(code))).toBe(false);
    const response = await page.goto(`/occupations/${code}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${occupation.title}: AI exposure, tasks and pay`);
    await expect(page.getByTestId("data-profile-notice")).toContainText("Data profile — no editorial review yet.");
    await expect(page.getByRole("link", { name: "Propose a profile with a pull request" })).toHaveAttribute("href", "/about#corrections");
    await expect(page.getByTestId("not-a-forecast")).toBeVisible();
    await expect(page.getByTestId("measure-gpt4-beta")).toContainText(occupation.gpt4.beta.toFixed(2));
    await expect(page.getByTestId("wages")).toContainText(
      "BLS publishes this occupation only within “Buyers and Purchasing Agents” (13-1020)",
    );
    // Tasks are open on a page about the occupation alone.
    await expect(page.getByTestId("task-evidence").locator("li[data-task-id]")).toHaveCount(occupation.tasks.length);
    await expect(page.getByTestId("task-evidence").locator("li[data-task-id]").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Occupations", exact: true })).toHaveAttribute("href", "/occupations");

    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });

  test("links an occupation to the editorial profiles that cite it", async ({ page }) => {
    const citing = published.filter((r) => r.onet.includes("15-1252.00"));
    expect(citing.length).toBeGreaterThan(1);
    await page.goto("/occupations/15-1252.00");
    // The profile about the occupation leads in its own box; the others that cite it are listed once, below.
    const lead = page.getByTestId("covering-profile");
    const links = page.getByTestId("editorial-links");
    for (const r of citing) {
      const inLead = await lead.locator(`a[href="/roles/${r.slug}"]`).count();
      const inList = await links.locator(`a[href="/roles/${r.slug}"]`).count();
      expect(inLead + inList, r.slug).toBe(1);
    }
    await expect(lead.locator("a")).toHaveCount(1);

    // Where the lead is the only profile that cites the code, it is not listed a second time.
    const only = published.find((r) => published.filter((o) => o.onet.includes(r.onet[0]!)).length === 1)!;
    await page.goto(`/occupations/${only.onet[0]}`);
    await expect(page.getByTestId("covering-profile").locator(`a[href="/roles/${only.slug}"]`)).toBeVisible();
    await expect(page.getByTestId("editorial-links")).toHaveCount(0);
    await expect(page.locator(`main a[href="/roles/${only.slug}"]`)).toHaveCount(1);
  });

  test("an unknown or malformed code is a 404", async ({ page }) => {
    for (const path of ["/occupations/15-1259.00", "/occupations/software-developer", "/occupations/15-1252"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("the index lists every occupation, grouped by major group", async ({ page }) => {
    await page.goto("/occupations");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every occupation");
    await expect(page.locator('main a[href^="/occupations/"]')).toHaveCount(research.occupations.length);
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(research.majorGroups.size);
    await expect(page.getByRole("heading", { level: 2, name: /Computer and Mathematical Occupations/ })).toBeVisible();
  });
});

test.describe("open data downloads", () => {
  test("roles.json parses and carries every published profile's figures and the credits", async ({ request }) => {
    const response = await request.get("/data/roles.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const data = (await response.json()) as RolesDataset;
    expect(data.roles.map((r) => r.slug).sort()).toEqual(published.map((r) => r.slug).sort());
    expect(data.credits.map((c) => c.licence)).toEqual(["MIT", "CC BY 4.0", "Public domain"]);
    expect(data.credits.map((c) => c.credit).join(" ")).toContain("Tomlinson");
    const backend = data.roles.find((r) => r.slug === "software-developer-backend-api")!;
    const dev = research.byCode.get("15-1252.00")!;
    expect(backend.occupations[0]).toMatchObject({
      code: "15-1252.00",
      gpt4Beta: Math.round(dev.gpt4.beta * 10_000) / 10_000,
      blsCode: "15-1252",
    });
    for (const r of data.roles) {
      expect(r.occupations.length).toBeGreaterThan(0);
      for (const o of r.occupations) expect(Number.isFinite(o.gpt4Beta) && Number.isFinite(o.humanBeta)).toBe(true);
    }
  });

  test("roles.csv parses: credit comments, the documented header and one row per profile and code", async ({ request }) => {
    const response = await request.get("/data/roles.csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    const lines = text.split(/\r?\n/);
    const comments = lines.filter((l) => l.startsWith("#"));
    expect(comments.join("\n")).toContain("MIT licence");
    expect(comments.join("\n")).toContain("CC BY 4.0");
    expect(comments.join("\n")).toContain("public domain");
    const parsed = parseDelimited(lines.filter((l) => !l.startsWith("#")).join("\n"), ",");
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.header.cells).toEqual([...CSV_COLUMNS]);
    expect(parsed.records).toHaveLength(published.reduce((n, r) => n + r.onet.length, 0));
    for (const record of parsed.records) {
      expect(record.cells).toHaveLength(CSV_COLUMNS.length);
      expect(Number(record.cells[CSV_COLUMNS.indexOf("gpt4_beta")])).toBeGreaterThanOrEqual(0);
    }
  });
});
