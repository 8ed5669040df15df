import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/*
 * Lighthouse's performance score (mobile preset, simulated throttling) for our pages beside a bare
 * Next.js page measured in the same run. The score is a timing: it moves 10–20 points with this machine's
 * load, which is why it is measured here, as a median beside its reference, and not asserted in the suite
 * (the suite holds SEO, accessibility and best practices, which do not depend on the machine's speed).
 */
export type LighthouseFigure = { path: string; runs: number[]; median: number };

const RUNS = 3;

export async function benchLighthouse(pages: { base: string; path: string }[]): Promise<LighthouseFigure[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const figures: LighthouseFigure[] = [];
    for (const page of pages) {
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${page.base}${page.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
        });
        // A run that failed to load the page (runtimeError) has no score to count.
        if (!result || result.lhr.runtimeError) continue;
        runs.push(Math.round((result.lhr.categories.performance?.score ?? 0) * 100));
      }
      const sorted = [...runs].sort((a, b) => a - b);
      figures.push({ path: page.path, runs, median: sorted[Math.floor(sorted.length / 2)] ?? 0 });
    }
    return figures;
  } finally {
    await chrome.kill();
  }
}
