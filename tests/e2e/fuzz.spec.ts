import http from "node:http";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { ROLE } from "./helpers/site";

/*
 * 10,000 random query strings against the dynamic routes of the running server, 16 at a time: not one
 * may get a 5xx or break the connection. The queries come from a fixed seed, so a failure names a URL
 * that fails again on the next run. Runs after the other end-to-end tests (its own Playwright project),
 * so it has the server to itself.
 */

const COUNT = 10_000;
const CONCURRENCY = 16;
const SEED = 20261125;

const S = ROLE.slug;
const ROUTES = [
  "/search",
  "/compare",
  "/roles",
  `/roles/${S}/assessment`,
  `/roles/${S}/assessment/result`,
  `/roles/${S}/plan`,
  `/roles/${S}/plan/calendar.ics`,
  `/roles/${S}/plan/plan.md`,
];

const answerNames = [
  ...ROLE.automating.map((_, i) => `a${i + 1}`),
  ...ROLE.augmenting.map((_, i) => `g${i + 1}`),
  "o",
  ...ROLE.skills.aiTools.map((_, i) => `t${i + 1}`),
];

/** Names the routes read, near misses, names every object has, and anything else. */
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("q", "roles", "category", "risk", "sort", "h", "s", ...answerNames) },
  { weight: 1, arbitrary: fc.constantFrom("a0", "a99", "g0", "t0", "Q", "role", "__proto__", "constructor", "toString", "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Values: the valid ones, values just outside, numbers, dates, slugs, and any text at all. */
const value = fc.oneof(
  fc.constantFrom("0", "1", "2", "3", "-1", "20", "90", "91", "1.5", "1e2", "0x1", " 1", "00", "999999999999999999999"),
  fc.constantFrom("2026-12-07", "2026-02-30", "1999-12-31", "2100-01-01", "2026-1-1"),
  fc.constantFrom(
    S,
    `${S},software-developer`,
    `${S},${S}`,
    "software-developer,accountant,bookkeeper,plumber",
    "finance",
    "technology",
    "high",
    "very-high",
    "name",
    "risk",
    "updated",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }).map((v) => v.replace(/[\uD800-\uDFFF]/g, "")),
  fc.string({ maxLength: 400 }),
);

/** A well-formed query: key=value pairs, each percent-encoded. */
const encodedQuery = fc
  .array(fc.tuple(key, value), { maxLength: 24 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"));

/**
 * A raw query as a hand-edited or broken link has it: printable ASCII as is, so stray `%`, `&`, `=` and
 * `+` reach the server unescaped (broken escapes included). `#` ends a URL, so it is left out.
 */
const rawQuery = fc.string({
  unit: fc
    .integer({ min: 0x21, max: 0x7e })
    .map((c) => String.fromCharCode(c))
    .filter((c) => c !== "#"),
  maxLength: 120,
});

const request = fc.tuple(fc.constantFrom(...ROUTES), fc.oneof({ weight: 3, arbitrary: encodedQuery }, { weight: 1, arbitrary: rawQuery }));

test("10,000 random query strings on the dynamic routes: no 5xx, no broken connection", async ({ baseURL }) => {
  test.setTimeout(360_000);
  const targets = fc.sample(request, { numRuns: COUNT, seed: SEED }).map(([path, query]) => `${path}?${query}`);
  const { hostname, port } = new URL(baseURL!);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statuses = new Map<number, number>();
  const failures: string[] = [];

  const send = (target: string) =>
    new Promise<void>((resolve) => {
      const req = http.request({ host: hostname, port, path: target, agent, timeout: 30_000 }, (res) => {
        const status = res.statusCode ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) failures.push(`${status} ${target}`);
        res.resume(); // the body is not needed, only the status
        res.on("end", resolve);
        res.on("error", (e) => (failures.push(`${e.message} ${target}`), resolve()));
      });
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", (e) => (failures.push(`${e.message} ${target}`), resolve()));
      req.end();
    });

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < targets.length) await send(targets[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  const summary = `${COUNT} requests in ${seconds.toFixed(1)} s (${(COUNT / seconds).toFixed(0)}/s, ${CONCURRENCY} at a time): ${[
    ...statuses,
  ]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${n} × ${s}`)
    .join(", ")}`;
  test.info().annotations.push({ type: "fuzz", description: summary });
  console.log(summary);

  expect(failures.slice(0, 20), "the first failing requests (reproducible: fixed seed)").toEqual([]);
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(COUNT);
  // Every answer is a page, a redirect to one, or a refusal that says why (431: Node's own limit on a
  // request head over 16 KB, which a long generated query can reach).
  expect([...statuses.keys()].filter((s) => ![200, 307, 308, 400, 404, 414, 431].includes(s))).toEqual([]);
  // Both kinds of answer occur, so the generator reaches the valid paths as well as the error paths.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(COUNT / 10);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(COUNT / 10);
});
