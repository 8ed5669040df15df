import { expect, test } from "@playwright/test";
import { MAX_URL_LENGTH } from "../../lib/http/request-limits";
import { ANSWER_QUERY, headingOf, leaks, rawRequest, ROLE } from "./helpers/site";

/*
 * Hostile and broken requests, sent byte for byte as written (raw node:http: Playwright's client would
 * resolve `%2e%2e`, re-encode bad escapes or refuse odd methods). Each must get the right 4xx and one of
 * our pages — our heading, no stack trace, no server path — and never a 5xx. One table, run against both
 * topologies (nginx in front of `next start`, and plain `npm start`): a row says where they differ and why.
 */

const S = ROLE.slug;

const NOT_FOUND = /^We couldn.t find that page$/;
const BAD_ADDRESS = /^That address is not valid$/;
const READ_ONLY = /^This page can only be read$/;
const TOO_LONG = /^That address is too long$/;
const BAD_SEARCH = /^We couldn.t run that search$/;
const BAD_COMPARE = /^We can.t compare those roles$/;
const BAD_FILTER = /^We couldn.t filter the list that way$/;
const BAD_ANSWERS = /^(One answer|\d+ answers) (needs?|are|is) (fixing|missing)$/;

type Row = {
  method?: string;
  target: string;
  status: number;
  /** Our page's <h1>; `null` where no page of ours can answer (see the 431 and asset rows). */
  heading: RegExp | null;
  /** Extra checks on the response. */
  check?: (r: { headers: Record<string, string | string[] | undefined>; body: string }) => void;
  /** What nginx answers instead, where it differs. */
  nginx?: Partial<Pick<Row, "status" | "heading" | "check">>;
  /** What plain `npm start` answers instead, or "skip" with the reason where it cannot answer well. */
  nextStart?: Partial<Pick<Row, "status" | "heading" | "check">> | { skip: string };
};

const long = (n: number) => "x".repeat(n);

const ROWS: Record<string, Row[]> = {
  "unknown slugs": [
    { target: "/roles/no-such-role", status: 404, heading: NOT_FOUND },
    { target: "/categories/no-such-category", status: 404, heading: NOT_FOUND },
    { target: "/risk/extreme", status: 404, heading: NOT_FOUND },
    { target: "/articles/no-such-article", status: 404, heading: NOT_FOUND },
    { target: "/occupations/99-9999.99", status: 404, heading: NOT_FOUND },
    { target: "/occupations/not-a-code", status: 404, heading: NOT_FOUND },
    { target: "/roles/no-such-role/assessment", status: 404, heading: NOT_FOUND },
    { target: `/roles/no-such-role/assessment/result?${ANSWER_QUERY}`, status: 404, heading: NOT_FOUND },
    { target: "/roles/no-such-role/plan", status: 404, heading: NOT_FOUND },
    { target: "/roles/no-such-role/plan/calendar.ics", status: 404, heading: NOT_FOUND },
    { target: "/roles/no-such-role/plan/plan.md?h=3", status: 404, heading: NOT_FOUND },
    { target: "/roles/no-such-role/feed.xml", status: 404, heading: NOT_FOUND },
    { target: `/roles/${S}/no-such-page`, status: 404, heading: NOT_FOUND },
    { target: `/roles/${S}/render/plan`, status: 404, heading: NOT_FOUND },
    { target: "/request-error/405", status: 404, heading: NOT_FOUND },
    { target: "/request-error/%34%30%30", status: 404, heading: NOT_FOUND },
  ],
  // Note: an address that still holds a dot segment once decoded is not valid (400): nginx decodes and
  // resolves them and refuses one that climbs above the root, and the proxy answers all of them alike.
  "encoded traversal": [
    { target: "/roles/..%2f..%2fetc%2fpasswd", status: 400, heading: BAD_ADDRESS },
    { target: "/roles/..%2F..%2F..%2Fpackage.json", status: 400, heading: BAD_ADDRESS },
    // `%2e%2e` is a dot segment to the URL parser itself: Next resolves it before the proxy sees the path
    // (here to /etc/passwd, not found); nginx resolves it too, and refuses one that climbs above the root.
    { target: "/roles/%2e%2e/%2e%2e/etc/passwd", status: 400, heading: BAD_ADDRESS, nextStart: { status: 404, heading: NOT_FOUND } },
    { target: "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", status: 400, heading: BAD_ADDRESS, nextStart: { status: 404, heading: NOT_FOUND } },
    { target: "/roles/..%252f..%252fetc%252fpasswd", status: 404, heading: NOT_FOUND },
    { target: `/roles/${S}/plan/..%2f..%2f..%2f.env`, status: 400, heading: BAD_ADDRESS },
    { target: "/articles/..%2f..%2fnext.config.ts", status: 400, heading: BAD_ADDRESS },
    { target: "/roles/%2e%2e%2f%2e%2e%2fpackage.json", status: 400, heading: BAD_ADDRESS },
    { target: "/.env", status: 404, heading: NOT_FOUND },
    { target: "/.git/config", status: 404, heading: NOT_FOUND },
    { target: "/package.json", status: 404, heading: NOT_FOUND },
    { target: "/.next/BUILD_ID", status: 404, heading: NOT_FOUND },
    // Static assets are outside the pages: Next's file server answers with its own plain 404, never the file.
    {
      target: "/_next/static/..%2f..%2f..%2fpackage.json",
      status: 404,
      heading: null,
      check: ({ body }) => expect(body).not.toContain('"role-compass"'),
      // nginx resolves the path first: it climbs above the root, which nginx refuses with our 400 page.
      nginx: { status: 400, heading: BAD_ADDRESS },
    },
    { target: "/_next/static/chunks/..%2f..%2fBUILD_ID", status: 404, heading: null },
  ],
  "over-long addresses": [
    { target: `/${long(5000)}`, status: 414, heading: TOO_LONG },
    { target: `/roles/${long(5000)}`, status: 414, heading: TOO_LONG },
    { target: `/search?q=${long(MAX_URL_LENGTH)}`, status: 414, heading: TOO_LONG },
    { target: `/compare?roles=${`${S},`.repeat(200)}`, status: 414, heading: TOO_LONG },
    { target: `/roles/${S}/plan?${"h=3&".repeat(1200)}`, status: 414, heading: TOO_LONG },
    // Over Node's 16 KB limit for a request head, Node itself answers 431 and closes, before any app code;
    // nginx reads request lines up to 16 KB and answers longer ones with our 414 page.
    { target: `/search?q=${long(20_000)}`, status: 414, heading: TOO_LONG, nextStart: { status: 431, heading: null } },
    { target: `/roles/${S}/assessment?${"a1=1&".repeat(4000)}`, status: 414, heading: TOO_LONG, nextStart: { status: 431, heading: null } },
  ],
  "invalid percent-encoding": [
    { target: "/roles/%E0%A4%A", status: 400, heading: BAD_ADDRESS },
    { target: "/roles/%ZZ", status: 400, heading: BAD_ADDRESS },
    { target: "/roles/%C0%AF", status: 400, heading: BAD_ADDRESS },
    { target: "/categories/%E0%A4%A", status: 400, heading: BAD_ADDRESS },
    { target: "/risk/%", status: 400, heading: BAD_ADDRESS },
    { target: "/articles/%ZZ", status: 400, heading: BAD_ADDRESS },
    { target: "/occupations/%ZZ", status: 400, heading: BAD_ADDRESS },
    { target: "/%", status: 400, heading: BAD_ADDRESS },
    { target: "/search?q=%ZZ", status: 400, heading: BAD_ADDRESS },
    { target: "/search?q=%E0%A4%A", status: 400, heading: BAD_ADDRESS },
    { target: "/compare?roles=%ZZ", status: 400, heading: BAD_ADDRESS },
    { target: "/roles?risk=%", status: 400, heading: BAD_ADDRESS },
    { target: `/roles/${S}/assessment?a1=%ZZ`, status: 400, heading: BAD_ADDRESS },
    { target: `/roles/${S}/plan?h=%E0`, status: 400, heading: BAD_ADDRESS },
    { target: `/roles/${S}/plan/calendar.ics?s=%G0`, status: 400, heading: BAD_ADDRESS },
    // A written-out escape of a plain character is the same address: redirected to its canonical form.
    { target: "/roles/%5Fbrowse", status: 308, heading: null, check: ({ headers }) => expect(headers.location).toBe("/roles/_browse") },
    // …where the route behind the filtered /roles views is not found: it has no address of its own.
    { target: "/roles/_browse", status: 404, heading: NOT_FOUND },
    { target: "/roles/_browse?risk=high", status: 404, heading: NOT_FOUND },
    {
      target: `/roles/${S.replace("-", "%2D")}`,
      status: 308,
      heading: null,
      check: ({ headers }) => expect(headers.location).toBe(`/roles/${S}`),
    },
  ],
  "wrong methods": [
    ...["POST", "PUT", "DELETE", "PATCH"].flatMap((method) =>
      [
        "/",
        "/roles",
        `/roles/${S}`,
        "/methodology",
        "/search?q=backend",
        `/compare?roles=${S}`,
        "/roles?risk=high",
        "/feed.xml",
        "/sitemap.xml",
        "/robots.txt",
        "/search-index.json",
        "/data/roles.json",
        `/roles/${S}/feed.xml`,
        `/roles/${S}/assessment`,
        `/roles/${S}/assessment/result?${ANSWER_QUERY}`,
        `/roles/${S}/plan`,
        `/roles/${S}/plan/calendar.ics`,
        `/roles/${S}/plan/plan.md`,
        "/roles/no-such-role",
      ].map((target) => ({
        method,
        target,
        status: 405,
        heading: READ_ONLY,
        check: ({ headers }: { headers: Record<string, unknown> }) => expect(headers.allow).toBe("GET, HEAD"),
      })),
    ),
    { method: "OPTIONS", target: "/", status: 405, heading: READ_ONLY },
    { method: "PROPFIND", target: `/roles/${S}`, status: 405, heading: READ_ONLY },
    // Note: Next alone answers TRACE with a bare 500: the Fetch API cannot represent the method, so Next
    // fails to build the proxy's request before any code of ours runs. nginx refuses it before Next sees it.
    {
      method: "TRACE",
      target: `/roles/${S}`,
      status: 405,
      heading: READ_ONLY,
      nextStart: { skip: "next start alone answers TRACE with 500 (Next cannot build a Request for it)" },
    },
    {
      method: "TRACE",
      target: "/search?q=nurse",
      status: 405,
      heading: READ_ONLY,
      nextStart: { skip: "next start alone answers TRACE with 500 (Next cannot build a Request for it)" },
    },
    // A method Node's HTTP parser does not know is refused by Node itself (400, connection closed); nginx
    // takes any method name and refuses it with our 405 page.
    { method: "TRACK", target: `/roles/${S}`, status: 405, heading: READ_ONLY, nextStart: { status: 400, heading: null } },
  ],
  "huge or repeated query parameters": [
    { target: "/search?q=a&q=b", status: 400, heading: BAD_SEARCH },
    { target: `/search?${"q=a&".repeat(300)}`, status: 400, heading: BAD_SEARCH },
    { target: `/search?q=${long(101)}`, status: 400, heading: BAD_SEARCH },
    { target: `/search?q=${"%E0%A4%AA".repeat(300)}`, status: 400, heading: BAD_SEARCH },
    { target: `/compare?roles=${S}`, status: 400, heading: BAD_COMPARE },
    { target: `/compare?roles=${S},${S}`, status: 400, heading: BAD_COMPARE },
    { target: `/compare?roles=${long(3000)}`, status: 400, heading: BAD_COMPARE },
    { target: `/compare?${`roles=${S}&`.repeat(50)}`, status: 400, heading: BAD_COMPARE },
    { target: "/compare?roles=a,b,c,d,e,f", status: 400, heading: BAD_COMPARE },
    { target: "/roles?category=no-such-category", status: 400, heading: BAD_FILTER },
    { target: "/roles?risk=high&risk=low", status: 400, heading: BAD_FILTER },
    { target: `/roles?sort=${long(3000)}`, status: 400, heading: BAD_FILTER },
    { target: `/roles?${"category=finance&".repeat(100)}`, status: 400, heading: BAD_FILTER },
    { target: `/roles/${S}/assessment?a1=1&a1=2`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/assessment?a1=${long(3000)}`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/assessment?a99=1`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/assessment?__proto__=1&constructor=2`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/assessment/result`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/assessment/result?${ANSWER_QUERY}&${ANSWER_QUERY}`, status: 400, heading: BAD_ANSWERS },
    {
      target: `/roles/${S}/assessment/result?${ANSWER_QUERY.replace("a1=2", "a1=99999999999999999999")}`,
      status: 400,
      heading: BAD_ANSWERS,
    },
    { target: `/roles/${S}/plan?h=99`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/plan?h=3&h=4`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/plan?s=2026-02-30`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/plan?${ANSWER_QUERY}&s=${long(2000)}`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/plan/calendar.ics?h=0`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/plan/calendar.ics?${"h=3&".repeat(100)}`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/plan/plan.md?x=1`, status: 400, heading: BAD_ANSWERS },
    { target: `/roles/${S}/plan/plan.md?a1=2`, status: 400, heading: BAD_ANSWERS },
  ],
  "names of Object's own members (answered 500 before the fix)": [
    { target: "/search?constructor=1", status: 200, heading: /^Search jobs$/ },
    { target: "/roles?toString&category=no-such-category", status: 400, heading: BAD_FILTER },
    { target: `/compare?__proto__=x&roles=${S}`, status: 400, heading: BAD_COMPARE },
  ],
};

for (const [group, rows] of Object.entries(ROWS)) {
  test.describe(group, () => {
    for (const row of rows) {
      const { method = "GET", target } = row;
      const label = target.length > 90 ? `${target.slice(0, 70)}… (${target.length} characters)` : target;
      test(`${method} ${label}`, async ({ baseURL }) => {
        const topology = test.info().project.metadata.topology as "nginx" | "next-start";
        const override = topology === "nginx" ? row.nginx : row.nextStart;
        if (override && "skip" in override) test.skip(true, override.skip);
        const { status, heading, check } = { ...row, ...(override as Partial<Row> | undefined) };
        const response = await rawRequest(baseURL!, method, target);
        expect(response.status, "never a 5xx, always the status that says what is wrong").toBe(status);
        expect(leaks(response.body), "no stack trace, error message or server path").toEqual([]);
        if (heading) {
          expect(response.headers["content-type"]).toMatch(/^text\/html/);
          expect(headingOf(response.body), "one of our pages, saying what is wrong").toMatch(heading);
          expect(response.body).toContain('href="/roles"');
        }
        check?.(response);
      });
    }
  });
}

test("a filtered /roles view is served in-process, not through a loopback request to the server itself", async ({ baseURL }) => {
  // Note: an absolute rewrite to another origin made Next proxy the request to itself over HTTP, which
  // now and then hit a keep-alive connection the server had just closed: a 500 (see proxy.ts).
  const response = await rawRequest(baseURL!, "GET", `/roles?category=${ROLE.category}&sort=risk`);
  expect(response.status).toBe(200);
  expect(response.headers["x-middleware-rewrite"]).toBe(`/roles/_browse?category=${ROLE.category}&sort=risk`);
});

test.describe("in the browser", () => {
  for (const { path, heading, status } of [
    { path: "/roles/%E0%A4%A", heading: BAD_ADDRESS, status: 400 },
    { path: `/roles/${long(5000)}`, heading: TOO_LONG, status: 414 },
    { path: "/roles/no-such-role/plan", heading: NOT_FOUND, status: 404 },
  ]) {
    test(`${path.slice(0, 40)} shows our styled page at the address asked for, with no script errors`, async ({ page }) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        // The page's own status is logged as a failed resource load; nothing else may appear.
        if (m.type() === "error" && !m.text().includes(String(status))) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(status);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("banner").getByRole("link", { name: "Role Compass" }).first()).toBeVisible();
      // The site's stylesheet applies (Tailwind's font weight on the heading), so the CSP let it through.
      expect(await page.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).fontWeight)).toBe("800");
      expect(new URL(page.url()).pathname).toBe(new URL(path, "http://x").pathname);
      expect(errors).toEqual([]);
    });
  }

  test("the 405 page is what a browser shows for a form posted to a page", async ({ page }) => {
    await page.route("**/roles", (route) => route.continue({ method: "POST" }));
    const response = await page.goto("/roles");
    expect(response?.status()).toBe(405);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(READ_ONLY);
    await expect(page.getByRole("main").getByRole("link", { name: "Browse every role we rate" })).toHaveAttribute("href", "/roles");
  });
});
