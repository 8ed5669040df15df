import { defineConfig, devices } from "@playwright/test";
import { NEXT_PORT, NEXT_URL, NGINX_PORT, NGINX_URL, WORKER_PORT } from "./tests/e2e/helpers/servers";
import chromium from "./tests/chromium.json";

/*
 * End-to-end tests against the production build (`npm run build` first), in two topologies on loopback:
 *
 * - "nginx": the production topology, as `npm run serve` starts it — nginx in front of a `next start`
 *   worker. Every spec runs here.
 * - "next-start": plain `npm start`, the single-machine default. A smoke subset runs here (a page of each
 *   type, the CSP, a refusal of each kind) and the whole table of bad addresses, which both must answer alike.
 */

// Note: browsers cannot be downloaded here; the suite drives Debian's chromium.
const launchOptions = { executablePath: process.env.CHROMIUM_PATH ?? chromium.path, args: chromium.args };

/** Specs that need the server to themselves (see the projects below). */
const MEASURED = ["**/fuzz.spec.ts", "**/load.spec.ts"];
/** What plain `npm start` is held to. */
const SMOKE = ["**/smoke.spec.ts", "**/bad-urls.spec.ts"];
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions };

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: { trace: "off", launchOptions },
  projects: [
    { name: "nginx", testIgnore: MEASURED, use: { ...desktop, baseURL: NGINX_URL }, metadata: { topology: "nginx" } },
    { name: "next-start", testMatch: SMOKE, use: { ...desktop, baseURL: NEXT_URL }, metadata: { topology: "next-start" } },
    // Note: the load and fuzz tests measure the server (memory, throughput), so they run after every other
    // test and one after the other, with the server to themselves. Load goes first: 10,000 fuzz requests
    // leave a grown heap that V8 returns only a minute or two later, which would hide the load test's baseline.
    {
      name: "load",
      testMatch: "**/load.spec.ts",
      dependencies: ["nginx", "next-start"],
      use: { baseURL: NGINX_URL },
      metadata: { topology: "nginx" },
    },
    { name: "fuzz", testMatch: "**/fuzz.spec.ts", dependencies: ["load"], use: { baseURL: NGINX_URL }, metadata: { topology: "nginx" } },
  ],
  webServer: [
    {
      command: `npm run --silent serve -- --port ${NGINX_PORT} --worker-port ${WORKER_PORT}`,
      url: `${NGINX_URL}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${NEXT_PORT}`,
      url: `${NEXT_URL}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
