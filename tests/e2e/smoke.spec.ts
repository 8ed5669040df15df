import { expect, test } from "@playwright/test";
import { leaks, PAGE_TYPES, rawRequest, ROLE } from "./helpers/site";

/*
 * The smoke test both topologies pass (plain `npm start` runs only this and the bad-address table): every
 * page type answers its status with one of our pages, prerendered pages carry their own script hashes and
 * hydrate without a CSP violation, pages rendered per request get a nonce, and an injected script is blocked.
 */

for (const { name, path, status, method = "GET" } of PAGE_TYPES) {
  test(`${name}: ${method} ${path.length > 60 ? `${path.slice(0, 60)}…` : path} → ${status}`, async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, method, path);
    expect(response.status).toBe(status);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toContain("<h1");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toMatch(/script-src 'self' /);
    expect(leaks(response.body)).toEqual([]);
  });
}

test("a prerendered page: its own script hashes, no 'unsafe-inline', hydrates with no CSP violation", async ({ page, request }) => {
  const res = await request.get(`/roles/${ROLE.slug}`);
  const scriptSrc = res
    .headers()
    ["content-security-policy"]!.split(";")
    .find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`/roles/${ROLE.slug}`, { waitUntil: "networkidle" });
  // Hydrated: the header search box's script runs (it fetches the index when focused).
  await page.getByRole("combobox").first().focus();
  await expect(page.getByRole("combobox").first()).toBeFocused();
  expect(errors).toEqual([]);
});

test("a page rendered per request gets a nonce, and its scripts run", async ({ page, request }) => {
  const res = await request.get(`/search?q=${encodeURIComponent(ROLE.aliases[0]!)}`);
  expect(res.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`/search?q=${encodeURIComponent(ROLE.aliases[0]!)}`, { waitUntil: "networkidle" });
  await expect(page.getByRole("link", { name: ROLE.title }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("an injected inline script is blocked", async ({ page }) => {
  const messages: string[] = [];
  page.on("console", (m) => messages.push(m.text()));
  await page.goto(`/roles/${ROLE.slug}`, { waitUntil: "networkidle" });
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__pwned = true";
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(messages.some((m) => m.includes("Content Security Policy"))).toBe(true);
});
