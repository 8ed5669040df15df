import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// Note: browsers cannot be downloaded here; the suite drives Debian's chromium.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

/** Specs that need the server to themselves (see the projects below). */
const MEASURED = ["**/fuzz.spec.ts", "**/load.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: { baseURL: BASE_URL, trace: "off", launchOptions },
  projects: [
    { name: "desktop", testIgnore: MEASURED, use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions } },
    // Note: the load and fuzz tests measure the server (memory, throughput), so they run after every other
    // test and one after the other, with the server to themselves. Load goes first: 10,000 fuzz requests
    // leave a grown heap that V8 returns only a minute or two later, which would hide the load test's baseline.
    { name: "load", testMatch: "**/load.spec.ts", dependencies: ["desktop"] },
    { name: "fuzz", testMatch: "**/fuzz.spec.ts", dependencies: ["load"] },
  ],
  // End-to-end tests run against the production build (`npm run build` first), served by the production
  // server (server.ts, what `npm start` runs) on loopback only.
  webServer: {
    command: `node --import tsx server.ts -H 127.0.0.1 -p ${PORT}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
