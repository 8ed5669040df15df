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
      // Prerendered: either the production server sends the build's file itself, or Next serves it from its cache.
      const source = res.headers()["x-role-compass-source"] ?? `next: ${res.headers()["x-nextjs-cache"]}`;
      expect(["prerendered", "next: HIT"]).toContain(source);

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

test.describe("the production server's front door (server.ts)", () => {
  const ROLE = "/roles/software-developer-backend-api";

  test("a prerendered page has a build-time ETag, and a matching If-None-Match gets an empty 304", async ({ request }) => {
    const first = await request.get(ROLE);
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    const again = await request.get(ROLE, { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    expect(again.headers()["etag"]).toBe(etag);
    const stale = await request.get(ROLE, { headers: { "if-none-match": 'W/"not-this-build"' } });
    expect(stale.status()).toBe(200);
    expect((await stale.text()).length).toBe((await first.text()).length);
    // The client router's payload request for the same path is another representation: no HTML validator.
    const payload = await request.get(ROLE, { headers: { rsc: "1", "if-none-match": etag } });
    expect(payload.status()).toBe(200);
    expect(payload.headers()["etag"]).toBeUndefined();
    expect(payload.headers()["content-type"]).toContain("text/x-component");
  });

  test("what it answers itself carries the security headers: pages, refusals, redirects, 304s", async ({ request }) => {
    const page = await request.get(ROLE);
    const etag = page.headers()["etag"]!;
    const answers = [
      page,
      await request.fetch(ROLE, { method: "POST" }),
      await request.get("/roles/%73oftware-developer-backend-api", { maxRedirects: 0 }),
      await request.get(ROLE, { headers: { "if-none-match": etag } }),
    ];
    expect(answers.map((r) => r.status())).toEqual([200, 405, 308, 304]);
    for (const res of answers) {
      const h = res.headers();
      expect(h["strict-transport-security"], `${res.status()}`).toBe("max-age=63072000; includeSubDomains; preload");
      expect(h["x-frame-options"], `${res.status()}`).toBe("DENY");
      expect(h["x-content-type-options"], `${res.status()}`).toBe("nosniff");
    }
    expect(page.headers()["x-role-compass-source"]).toBe("prerendered");
    expect(answers[1]!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
  });

  test("a client cannot mark its own request as prerendered to skip the proxy's checks", async ({ request }) => {
    const res = await request.get("/compare?roles=no-such-role,accountant", { headers: { "x-role-compass-prerendered": "1" } });
    expect(res.status()).toBe(400);
    expect(res.headers()["content-security-policy"]).toMatch(/script-src 'self'[^;]*'nonce-/);
  });
});
