import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content/load";

const content = loadContent(process.env.CONTENT_ROOT ?? process.cwd());
const published = content.roles.filter((r) => !r.draft);
const ROLE = "/roles/software-developer-backend-api";

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

test("the role page's server HTML carries metadata and JSON-LD whose FAQ equals the visible FAQ", async ({ request, page }) => {
  const html = await (await request.get(ROLE)).text();
  expect(html).toContain('<html lang="en">');
  expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:3000\/roles\/software-developer-backend-api"\/>/);
  expect(html).toMatch(/<meta property="og:title" content="Will AI replace Software Developer — Backend \/ API jobs\? Medium risk"\/>/);
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  expect(html).toContain(
    '<link rel="alternate" type="application/atom+xml" href="http://localhost:3000/roles/software-developer-backend-api/feed.xml"',
  );

  const [ld] = jsonLdBlocks(html) as [
    { "@graph": { "@type": string; mainEntity?: { name: string }[]; itemListElement?: { name: string }[] }[] },
  ];
  const types = ld["@graph"].map((n) => n["@type"]);
  expect(types).toEqual(["Organization", "Article", "BreadcrumbList", "FAQPage"]);
  const crumbs = ld["@graph"].find((n) => n["@type"] === "BreadcrumbList")!.itemListElement!.map((i) => i.name);
  expect(crumbs).toEqual(["Home", "Technology", "Software Developer", "Software Developer — Backend / API"]);
  const ldQuestions = ld["@graph"].find((n) => n["@type"] === "FAQPage")!.mainEntity!.map((q) => q.name);

  await page.goto(ROLE);
  const visible = await page.getByTestId("faq").locator("summary h3").allTextContents();
  expect(ldQuestions).toEqual(visible);
});

test("every page type has a unique title, a description and a canonical URL", async ({ request }) => {
  const paths = [
    "/",
    "/roles",
    "/methodology",
    "/about",
    "/articles",
    "/categories/technology",
    "/risk/low",
    ROLE,
    "/roles/plumber",
    `/articles/${content.articles[0]!.slug}`,
  ];
  const titles = new Set<string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
    expect(title, path).toBeTruthy();
    titles.add(title!);
    expect(html, path).toMatch(/<meta name="description" content="[^"]{50,}"\/>/);
    expect(html, path).toContain(`<link rel="canonical" href="http://localhost:3000${path === "/" ? "" : path}`);
    expect(jsonLdBlocks(html).length, path).toBeGreaterThan(0);
    expect((html.match(/<h1[ >]/g) ?? []).length, `${path} has one h1`).toBe(1);
  }
  expect(titles.size).toBe(paths.length);
});

test("sitemap lists every published role with lastmod, robots points to it", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const r of published)
    expect(xml).toContain(
      r.updated
        ? `<loc>http://localhost:3000/roles/${r.slug}</loc>\n<lastmod>${r.updated}</lastmod>`
        : `<loc>http://localhost:3000/roles/${r.slug}</loc>`,
    );
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap: http://localhost:3000/sitemap.xml");
});

test("feeds: the site feed and a role's feed are Atom, dated from the repository's history and the changelogs", async ({ request }) => {
  const site = await request.get("/feed.xml");
  expect(site.headers()["content-type"]).toContain("application/atom+xml");
  const siteXml = await site.text();
  // One entry per profile's first publication (when the history vouches for it) and per changelog entry.
  const expected = published.reduce((n, r) => n + r.changelog.length + (r.published ? 1 : 0), 0);
  expect((siteXml.match(/<entry>/g) ?? []).length).toBe(expected);
  const role = published.find((r) => `/roles/${r.slug}` === ROLE)!;
  const roleXml = await (await request.get(`${ROLE}/feed.xml`)).text();
  const newest = [role.published, ...role.changelog.map((c) => c.date)]
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  if (newest) expect(roleXml).toContain(`<updated>${newest}T00:00:00Z</updated>`);
  // No date is invented: every entry's date is the publication or a changelog date.
  for (const [, date] of roleXml.matchAll(/<entry>[\s\S]*?<updated>(\d{4}-\d{2}-\d{2})T/g)) {
    expect([role.published, ...role.changelog.map((c) => c.date)]).toContain(date);
  }
  expect((await request.get("/roles/not-a-role/feed.xml")).status()).toBe(404);
});

test("a role's Open Graph image is a 1200×630 PNG", async ({ request }) => {
  const res = await request.get(`${ROLE}/opengraph-image`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("a former slug answers with a permanent redirect to the new URL", async ({ request }) => {
  const res = await request.get("/roles/backend-developer", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toBe("/roles/software-developer-backend-api");
});

test("security headers are present on pages and files", async ({ request }) => {
  for (const path of ["/", ROLE, "/sitemap.xml", "/roles/nope"]) {
    const h = (await request.get(path)).headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["strict-transport-security"], path).toContain("max-age=");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});
