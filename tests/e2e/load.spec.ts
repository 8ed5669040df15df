import http from "node:http";
import { expect, test } from "@playwright/test";
import { ANSWER_QUERY, published, ROLE } from "./helpers/site";
import { pidListeningOn, processName, rssMiB } from "./helpers/proc";
import { WORKER_PORT } from "./helpers/servers";

/*
 * A bounded load test on loopback: 100 connections for 30 seconds over a mix of pages (prerendered,
 * per-request, a filtered list served through the proxy's rewrite, files, a 404), then a quiet
 * period. No request may fail or get a 5xx, and the server's memory must come back to a steady state.
 *
 * The load goes through nginx (the production topology); the memory is the `next start` worker's behind
 * it. Steady state, measured on the worker process (its resident set,
 * from /proc): after a warm-up that renders every page of the mix (so code, caches and the content are
 * loaded), the baseline is the median of five samples a second apart. After the load, the server gets
 * light traffic (one request a second) and must come back to at most the baseline plus max(48 MiB,
 * 25 %) within 150 seconds. Note: V8 keeps the heap it grew under load (here 130–240 MiB more) until a
 * memory-reducing collection, which came 55–100 s after the load in our runs; the server cannot be told
 * to collect from outside, so the test waits for it rather than forcing it. A server that keeps something
 * per request (about 3,000 requests here) stays high and fails; the margin allows for what the allocator
 * keeps after a burst.
 */

const DURATION_MS = 30_000;
const CONNECTIONS = 100;
const WARM_UP_ROUNDS = 5;
const SETTLE_MS = 150_000;
const TOLERANCE = (baseline: number) => Math.max(48, baseline * 0.25);

const S = ROLE.slug;
/** The mix: prerendered pages, per-request pages, files, and a 404 — with the share of requests each gets. */
const MIX: { path: string; status: number; weight: number }[] = [
  { path: "/", status: 200, weight: 3 },
  ...published.slice(0, 6).map((r) => ({ path: `/roles/${r.slug}`, status: 200, weight: 2 })),
  { path: "/roles", status: 200, weight: 1 },
  { path: `/roles?category=${ROLE.category}&sort=risk`, status: 200, weight: 1 },
  { path: `/categories/${ROLE.category}`, status: 200, weight: 2 },
  { path: `/search?q=${encodeURIComponent(ROLE.aliases[0]!)}`, status: 200, weight: 2 },
  { path: "/search?q=acount", status: 200, weight: 1 },
  { path: `/compare?roles=${published[0]!.slug},${published[1]!.slug}`, status: 200, weight: 1 },
  { path: `/roles/${S}/assessment/result?${ANSWER_QUERY}`, status: 200, weight: 2 },
  { path: "/sitemap.xml", status: 200, weight: 1 },
  { path: "/feed.xml", status: 200, weight: 1 },
  { path: "/roles/no-such-role", status: 404, weight: 1 },
];
/** The light traffic after the load: a page rendered per request. */
const TRICKLE = MIX.find((p) => p.path.startsWith("/search?"))!.path;
const SCHEDULE = MIX.flatMap((page) => Array.from({ length: page.weight }, () => page));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

test("30 s, 100 connections over a mix of pages: no errors, no 5xx, memory back to a steady state", async ({ baseURL }) => {
  test.setTimeout(330_000);
  const { hostname, port } = new URL(baseURL!);
  // The load goes through nginx; the memory watched is the `next start` worker's behind it.
  const pid = pidListeningOn(WORKER_PORT);
  expect(pid, `a process listens on port ${WORKER_PORT}`).toBeDefined();
  expect(processName(pid!)).toMatch(/next-server|next start/);

  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const latencies: number[] = [];
  const get = (page: (typeof MIX)[number]) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.request({ host: hostname, port, path: page.path, agent, timeout: 30_000 }, (res) => {
        const status = res.statusCode ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== page.status) failures.push(`${status} for ${page.path} (expected ${page.status})`);
        res.resume();
        res.on("end", () => (latencies.push(performance.now() - started), resolve()));
        res.on("error", (e) => (failures.push(`${e.message}: ${page.path}`), resolve()));
      });
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", (e) => (failures.push(`${e.message}: ${page.path}`), resolve()));
      req.end();
    });

  // Warm-up: every page of the mix, a few times, a few at a time.
  for (let round = 0; round < WARM_UP_ROUNDS; round++) await Promise.all(MIX.map(get));
  expect(failures, "the mix answers as expected before any load").toEqual([]);
  statuses.clear();
  latencies.length = 0;
  await sleep(3_000);
  const baselineSamples: number[] = [];
  for (let i = 0; i < 5; i++) {
    baselineSamples.push(rssMiB(pid!));
    await sleep(1_000);
  }
  const baseline = median(baselineSamples);

  // Open the 100 connections first, while the server is idle. Note: a Node server saturated by busy
  // keep-alive connections leaves new ones in the kernel's accept queue (seen with a bare http server
  // too): opened mid-load, half of them waited the whole run. Established first, all are served fairly.
  await Promise.all(Array.from({ length: CONNECTIONS }, () => get({ path: "/robots.txt", status: 200, weight: 0 })));
  const open = Object.values(agent.freeSockets).reduce((n, list) => n + (list?.length ?? 0), 0);
  expect(open, "every connection open before the load").toBe(CONNECTIONS);
  statuses.clear();
  latencies.length = 0;

  // The load: each connection sends its next request as soon as the last one is answered.
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid!))), 500);
  const deadline = performance.now() + DURATION_MS;
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      for (let i = connection; performance.now() < deadline; i += CONNECTIONS) {
        sent++;
        await get(SCHEDULE[i % SCHEDULE.length]!);
      }
    }),
  );
  const elapsed = (DURATION_MS + (performance.now() - deadline)) / 1000;
  clearInterval(sampler);
  agent.destroy();
  const afterLoad = rssMiB(pid!);

  // Quiet: light traffic until the resident set is back within the tolerance, for at most two minutes.
  const limit = baseline + TOLERANCE(baseline);
  const trickle = new http.Agent({ keepAlive: false });
  const settleStart = performance.now();
  let settled = afterLoad;
  while (settled > limit && performance.now() - settleStart < SETTLE_MS) {
    await sleep(1_000);
    await new Promise<void>((resolve) => {
      const req = http.request({ host: hostname, port, path: TRICKLE, agent: trickle }, (res) => (res.resume(), res.on("end", resolve)));
      req.on("error", (e) => (failures.push(`${e.message}: ${TRICKLE} (while settling)`), resolve()));
      req.end();
    });
    settled = Math.min(settled, rssMiB(pid!));
  }
  const settleSeconds = (performance.now() - settleStart) / 1000;

  const sorted = [...latencies].sort((a, b) => a - b);
  const summary = [
    `${sent} requests in ${elapsed.toFixed(1)} s over ${CONNECTIONS} connections (${(sent / elapsed).toFixed(0)}/s)`,
    `statuses ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${n} × ${s}`)
      .join(", ")}`,
    `latency p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms`,
    `RSS baseline ${baseline.toFixed(0)} MiB, peak ${peak.toFixed(0)}, right after ${afterLoad.toFixed(0)}, ${settled <= limit ? "back" : "still"} at ${settled.toFixed(0)} after ${settleSeconds.toFixed(0)} s of light traffic (limit ${limit.toFixed(0)})`,
  ].join("; ");
  test.info().annotations.push({ type: "load", description: summary });
  console.log(summary);

  expect(failures.slice(0, 20), "no failed request, no 5xx, every page its expected status").toEqual([]);
  expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  expect(sent).toBeGreaterThan(CONNECTIONS * 5);
  expect(
    settled,
    `memory back within +${TOLERANCE(baseline).toFixed(0)} MiB of the ${baseline.toFixed(0)} MiB baseline within ${SETTLE_MS / 1000} s`,
  ).toBeLessThanOrEqual(limit);
});
