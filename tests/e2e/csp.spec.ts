import { expect, test } from "@playwright/test";

const STATIC_PAGES = [
  "/",
  "/roles",
  "/roles/software-developer-backend-api",
  "/categories/finance",
  "/risk/high",
  "/methodology",
  "/articles/how-to-read-an-ai-risk-rating",
];

test.describe("hash-based CSP keeps static pages static and scripts locked down", () => {
  for (const path of STATIC_PAGES) {
    test(`${path}: no 'unsafe-inline' for scripts, still prerendered, no violations`, async ({ page, request }) => {
      const res = await request.get(path);
      const csp = res.headers()["content-security-policy"]!;
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
      // Prerendered: nginx sends the build's file itself (a static file's Last-Modified), or Next serves it
      // from its cache (x-nextjs-cache: HIT); never rendered for the request.
      const headers = res.headers();
      expect(headers["last-modified"] !== undefined || headers["x-nextjs-cache"] === "HIT").toBe(true);

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
});

test.describe("nginx in front of next start", () => {
  const ROLE = "/roles/software-developer-backend-api";
  test.skip(() => test.info().project.metadata.topology !== "nginx", "nginx only");

  test("a prerendered page has nginx's ETag, and a matching If-None-Match gets an empty 304", async ({ request }) => {
    const first = await request.get(ROLE);
    expect(first.headers()["server"]).toBe("nginx");
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^(W\/)?"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await request.get(ROLE, { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    const stale = await request.get(ROLE, { headers: { "if-none-match": '"not-this-build"' } });
    expect(stale.status()).toBe(200);
    // The client router's payload request for the same path is Next's to answer, not the HTML file.
    const payload = await request.get(ROLE, { headers: { rsc: "1" } });
    expect(payload.status()).toBe(200);
    expect(payload.headers()["content-type"]).toContain("text/x-component");
  });

  test("pages are gzipped from the build's .gz files; hashed assets are immutable; HTML may sit in a CDN for minutes, not a year", async ({
    request,
  }) => {
    const page = await request.get(ROLE, { headers: { "accept-encoding": "gzip" } });
    expect(page.headers()["content-encoding"]).toBe("gzip");
    expect(page.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=60");
    expect(page.headers()["vary"]).toMatch(/RSC/);
    const html = await page.text();
    const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)![1]!;
    const asset = await request.get(script, { headers: { "accept-encoding": "gzip" } });
    expect(asset.status()).toBe(200);
    expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  test("what nginx answers itself carries the security headers: pages, refusals and 304s", async ({ request }) => {
    const page = await request.get(ROLE);
    const answers = [
      page,
      await request.fetch(ROLE, { method: "POST" }),
      await request.get(ROLE, { headers: { "if-none-match": page.headers()["etag"]! } }),
    ];
    expect(answers.map((r) => r.status())).toEqual([200, 405, 304]);
    for (const res of answers) {
      const h = res.headers();
      expect(h["strict-transport-security"], `${res.status()}`).toBe("max-age=63072000; includeSubDomains; preload");
      expect(h["x-frame-options"], `${res.status()}`).toBe("DENY");
      expect(h["x-content-type-options"], `${res.status()}`).toBe("nosniff");
    }
    expect(answers[1]!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
    expect(answers[1]!.headers()["allow"]).toBe("GET, HEAD");
  });

  test("a page with a query string is Next's, with the proxy's checks and a nonce", async ({ request }) => {
    const res = await request.get("/compare?roles=no-such-role,accountant");
    expect(res.status()).toBe(400);
    expect(res.headers()["content-security-policy"]).toMatch(/script-src 'self'[^;]*'nonce-/);
  });
});
