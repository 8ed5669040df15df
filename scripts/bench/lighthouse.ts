import { execFileSync } from "node:child_process";
import path from "node:path";

/*
 * Lighthouse's performance score (mobile preset, simulated throttling) for our pages beside a bare
 * Next.js page measured in the same run. The score is a timing: it moves 10–20 points with this machine's
 * load, which is why it is measured here, as a median beside its reference, and not asserted in the suite
 * (the suite holds SEO, accessibility and best practices, which do not depend on the machine's speed).
 */
export type LighthouseFigure = { path: string; runs: number[]; median: number };

const RUNS = 3;
const RUNNER = path.join(__dirname, "lighthouse-run.mjs");

export function benchLighthouse(pages: { base: string; path: string }[]): LighthouseFigure[] {
  const urls = pages.flatMap((p) => Array.from({ length: RUNS }, () => `${p.base}${p.path}`));
  // A separate plain Node process: see lighthouse-run.mjs for why it must not run under tsx.
  const { NODE_OPTIONS: _tsxHooks, ...env } = process.env;
  const scores = JSON.parse(execFileSync(process.execPath, [RUNNER, ...urls], { encoding: "utf8", env, maxBuffer: 16 * 1024 * 1024 })) as (
    number | null
  )[];
  return pages.map((page, i) => {
    // A run that failed to load the page (runtimeError) has no score to count.
    const runs = scores.slice(i * RUNS, (i + 1) * RUNS).filter((s): s is number => s !== null);
    const sorted = [...runs].sort((a, b) => a - b);
    return { path: page.path, runs, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
  });
}
