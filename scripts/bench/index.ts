/**
 * `npm run bench` — speed and size figures, each measured in the same run as its reference so ratios
 * hold on a noisy machine. Prints a table and writes bench-results/latest.json.
 *
 *   --quick     skip the synthetic 1,000-profile build and the bare-site build (for a fast look)
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { loadContent } from "../../lib/content/load";
import { gradeHeaders } from "../../lib/http/security-grade";
import { generateSyntheticContent } from "../gen-synthetic-content";
import { writeBareSite } from "./bare-site";
import { fetchRetry, runMeasured, waitForHttp } from "./proc";
import { benchSearch } from "./search";

const ROOT = path.resolve(__dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const quick = process.argv.includes("--quick");
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};
const rows: [string, string, string][] = [];
const row = (what: string, value: string, reference = "") => {
  rows.push([what, value, reference]);
  console.log(`  ${what.padEnd(46)} ${value.padEnd(26)} ${reference}`);
};
const verdict = (met: boolean) => (met ? "met" : "NOT MET");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.kill("SIGTERM")));

function ensureApt(binary: string, pkg: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${binary}`], { stdio: "ignore" });
  } catch {
    console.log(`  (installing ${pkg} from Debian's packages)`);
    const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
    execFileSync(sudo[0] ?? "apt-get", [...sudo.slice(1), ...(sudo.length ? ["apt-get"] : []), "install", "-y", "-qq", pkg], {
      stdio: "inherit",
      env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
}

function pagesGenerated(output: string): number {
  const matches = [...output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)];
  return Number(matches.at(-1)?.[2] ?? 0);
}

async function build(label: string, cwd: string, distDir: string, extraEnv: Record<string, string> = {}) {
  // Note: next build adds its dist folder's types to tsconfig.json; the benchmark leaves the repo as it was.
  const tsconfigPath = path.join(cwd, "tsconfig.json");
  const tsconfig = fs.existsSync(tsconfigPath) ? fs.readFileSync(tsconfigPath, "utf8") : undefined;
  // Every build starts from an empty output folder, as the bare reference's does (next build would first spend
  // several seconds deleting the previous run's thousands of files, inside the measured time).
  fs.rmSync(path.join(cwd, distDir), { recursive: true, force: true });
  const res = await runMeasured(process.execPath, [NEXT_BIN, "build"], { cwd, env: { ...env, NEXT_DIST_DIR: distDir, ...extraEnv } });
  if (tsconfig !== undefined) fs.writeFileSync(tsconfigPath, tsconfig);
  if (res.code !== 0) {
    console.error(res.output.slice(-3000));
    throw new Error(`${label} build failed`);
  }
  const pages = pagesGenerated(res.output);
  return { ms: Math.round(res.ms), peakRssMB: Math.round(res.peakRss / 2 ** 20), pages, msPerPage: +(res.ms / pages).toFixed(1) };
}

/** Our site runs its production server (server.ts, `npm start`); the bare reference site runs `next start`. */
function startServer(cwd: string, distDir: string, port: number): ChildProcess {
  const command = cwd === ROOT ? ["--import", "tsx", "server.ts"] : [NEXT_BIN, "start"];
  const child = spawn(process.execPath, [...command, "-H", "127.0.0.1", "-p", String(port)], {
    cwd,
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: "ignore",
  });
  children.push(child);
  return child;
}

async function pageWeight(base: string, pathname: string) {
  const res = await fetchRetry(base + pathname);
  const html = await res.text();
  const gz = (s: string | Buffer) => zlib.gzipSync(s).length;
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!).filter((s) => !/noModule/i.test(s));
  const noModule = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]!));
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  let jsRaw = 0,
    jsGz = 0,
    cssRaw = 0,
    cssGz = 0;
  for (const src of new Set(scripts)) {
    if (noModule.has(src)) continue; // legacy polyfills modern browsers never download
    const body = Buffer.from(await (await fetchRetry(base + src)).arrayBuffer());
    jsRaw += body.length;
    jsGz += gz(body);
  }
  for (const href of new Set(styles)) {
    const body = Buffer.from(await (await fetchRetry(base + href)).arrayBuffer());
    cssRaw += body.length;
    cssGz += gz(body);
  }
  return { status: res.status, htmlRaw: Buffer.byteLength(html), htmlGz: gz(html), jsRaw, jsGz, cssRaw, cssGz, scripts: scripts.length };
}

function wrk(url: string, connections: number, seconds: number, headers: string[] = []) {
  const out = execFileSync(
    "wrk",
    ["-t", "2", "-c", String(connections), "-d", `${seconds}s`, "--latency", ...headers.flatMap((h) => ["-H", h]), url],
    { encoding: "utf8" },
  );
  const toMs = (v: string, unit: string) => Number(v) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1);
  const lat = (p: string) => {
    const m = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return m ? +toMs(m[1]!, m[2]!).toFixed(2) : NaN;
  };
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const errors = out.match(/Socket errors: (.*)/)?.[1] ?? "none";
  return { rps: Math.round(Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0)), p50: lat("50"), p99: lat("99"), non2xx, errors };
}

async function main() {
  console.log(`Role Compass benchmark — ${os.cpus().length} cores, Node ${process.version}\n`);
  const benchDir = path.join(ROOT, ".bench");
  fs.mkdirSync(benchDir, { recursive: true });

  // 1. Content check at scale (in-process, after one warm-up so module loading is not counted).
  console.log("Content check");
  const synthetic = generateSyntheticContent({ count: 1000, outDir: fs.mkdtempSync(path.join(os.tmpdir(), "rc-bench-")) });
  loadContent(ROOT);
  // Note: this machine's speed varies from second to second (it is a VM); the median of three full checks
  // (each reads and validates every file and the research data again) is steadier than one.
  const runs: number[] = [];
  let checked = loadContent(synthetic);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    checked = loadContent(synthetic);
    runs.push(performance.now() - t0);
  }
  const checkMs = [...runs].sort((a, b) => a - b)[1]!;
  const errors = checked.problems.filter((p) => p.severity === "error").length;
  results.contentCheck = {
    files: checked.roles.length + checked.articles.length,
    ms: Math.round(checkMs),
    runsMs: runs.map(Math.round),
    errors,
  };
  row(
    "check of 1,000 profiles",
    `${checkMs.toFixed(0)} ms (${errors} errors)`,
    `median of ${runs.map((r) => r.toFixed(0)).join(", ")} ms; target < 1,000 ms: ${verdict(checkMs < 1000 && errors === 0)}`,
  );

  // 2. Builds.
  console.log("\nBuilds (wall time, peak memory of all build processes, per page)");
  const real = await build("real content", ROOT, ".next-bench");
  results.buildReal = real;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/build-csp-manifest.ts"], {
    cwd: ROOT,
    env: { ...env, NEXT_DIST_DIR: ".next-bench" },
    stdio: "ignore",
  });
  row("build: real content", `${real.pages} pages, ${(real.ms / 1000).toFixed(1)} s, ${real.peakRssMB} MB`, `${real.msPerPage} ms/page`);
  let bare: Awaited<ReturnType<typeof build>> | undefined;
  if (!quick) {
    const synth = await build("synthetic", ROOT, ".next-bench-synthetic", { CONTENT_ROOT: synthetic });
    results.buildSynthetic = synth;
    row(
      "build: 1,000 synthetic profiles",
      `${synth.pages} pages, ${(synth.ms / 1000).toFixed(1)} s, ${synth.peakRssMB} MB`,
      `${synth.msPerPage} ms/page`,
    );
    writeBareSite(path.join(benchDir, "bare-site"), 1000);
    bare = await build("bare Next.js", path.join(benchDir, "bare-site"), ".next");
    results.buildBare = bare;
    row(
      "build: bare Next.js site (reference)",
      `${bare.pages} pages, ${(bare.ms / 1000).toFixed(1)} s, ${bare.peakRssMB} MB`,
      `${bare.msPerPage} ms/page`,
    );
    row(
      "  ratio synthetic / bare, per page",
      `${(synth.msPerPage / bare.msPerPage).toFixed(2)}×`,
      `target ≤ 19 ms/page: ${verdict(synth.msPerPage <= 19)}; goal ≤ 14`,
    );
  }
  fs.rmSync(synthetic, { recursive: true, force: true });

  // 3. Page weight.
  console.log("\nPage weight (what a browser downloads: HTML, JS referenced by the page, CSS; gzip)");
  startServer(ROOT, ".next-bench", 3300);
  const base = "http://127.0.0.1:3300";
  await waitForHttp(base + "/");
  const types: [string, string][] = [
    ["home", "/"],
    ["role", "/roles/software-developer-backend-api"],
    ["category", "/categories/technology"],
    ["article", "/articles/how-to-read-an-ai-risk-rating"],
    ["search", "/search?q=backend"],
    ["assessment", "/roles/software-developer-backend-api/assessment"],
  ];
  const weights: Record<string, unknown> = {};
  for (const [name, p] of types) {
    const w = await pageWeight(base, p);
    weights[name] = w;
    if (w.status !== 200) {
      row(`${name} ${p}`, `HTTP ${w.status}`, "not measured");
      continue;
    }
    row(
      `${name}: HTML / JS / CSS (gzip)`,
      `${kb(w.htmlGz)} / ${kb(w.jsGz)} / ${kb(w.cssGz)}`,
      `raw ${kb(w.htmlRaw)} / ${kb(w.jsRaw)} / ${kb(w.cssRaw)}`,
    );
  }
  results.pageWeight = weights;
  if (bare) {
    startServer(path.join(benchDir, "bare-site"), ".next", 3301);
    await waitForHttp("http://127.0.0.1:3301/");
    const floor = await pageWeight("http://127.0.0.1:3301", "/p/1");
    results.pageWeightBare = floor;
    const role = weights.role as { jsGz: number; htmlGz: number };
    row("bare Next.js page JS (App Router floor)", kb(floor.jsGz), "reference");
    row("  role page JS over the floor", kb(role.jsGz - floor.jsGz), `target ≤ 10 KB: ${verdict(role.jsGz - floor.jsGz <= 10 * 1024)}`);
    row("  role page HTML", kb(role.htmlGz), `target ≤ 15 KB gzip: ${verdict(role.htmlGz <= 15 * 1024)}`);
  }

  // 4. Serving.
  console.log("\nServing a role page, 50 connections for 10 s (wrk), against a plain static server of the same HTML");
  ensureApt("wrk", "wrk");
  ensureApt("nginx", "nginx-light");
  const rolePath = "/roles/software-developer-backend-api";
  const htmlDir = path.join(benchDir, "static");
  fs.mkdirSync(htmlDir, { recursive: true });
  fs.writeFileSync(path.join(htmlDir, "role.html"), await (await fetchRetry(base + rolePath)).text());
  const nginxConf = path.join(benchDir, "nginx.conf");
  fs.writeFileSync(
    nginxConf,
    `worker_processes 1; daemon off; pid ${benchDir}/nginx.pid; error_log ${benchDir}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:3302; root ${htmlDir}; location / { try_files $uri =404; } } }
`,
  );
  const nginx = spawn("nginx", ["-c", nginxConf, "-p", benchDir], { stdio: "ignore" });
  children.push(nginx);
  await waitForHttp("http://127.0.0.1:3302/role.html");
  wrk(base + rolePath, 50, 2); // warm-up
  const next = wrk(base + rolePath, 50, 10);
  const nextGzip = wrk(base + rolePath, 50, 10, ["Accept-Encoding: gzip"]);
  const plain = wrk("http://127.0.0.1:3302/role.html", 50, 10);
  const ratio = next.rps / plain.rps;
  results.serving = { next, nextGzip, nginx: plain, ratio: +ratio.toFixed(3) };
  row(
    "our server (npm start): role page",
    `${next.rps} req/s, p50 ${next.p50} ms, p99 ${next.p99} ms`,
    `${next.non2xx} non-2xx, socket errors: ${next.errors}`,
  );
  row(
    "  the same, gzip (what browsers ask for)",
    `${nextGzip.rps} req/s, p50 ${nextGzip.p50} ms, p99 ${nextGzip.p99} ms`,
    `${nextGzip.non2xx} non-2xx`,
  );
  row("nginx: same HTML file (reference)", `${plain.rps} req/s, p50 ${plain.p50} ms, p99 ${plain.p99} ms`, "");
  row("  ratio ours / nginx", ratio.toFixed(3), "");
  let bareRatio: number | undefined;
  if (bare) {
    // The bare site's own page against nginx serving that same file: the ratio a plain Next.js site gets.
    fs.writeFileSync(path.join(htmlDir, "bare.html"), await (await fetchRetry("http://127.0.0.1:3301/p/1")).text());
    wrk("http://127.0.0.1:3301/p/1", 50, 2); // warm-up
    const bareServing = wrk("http://127.0.0.1:3301/p/1", 50, 10);
    const bareNginx = wrk("http://127.0.0.1:3302/bare.html", 50, 10);
    bareRatio = bareServing.rps / bareNginx.rps;
    results.servingBare = { next: bareServing, nginx: bareNginx, ratio: +bareRatio.toFixed(3) };
    row(
      "bare Next.js page, next start (reference)",
      `${bareServing.rps} req/s, p99 ${bareServing.p99} ms`,
      `nginx on that file: ${bareNginx.rps} req/s`,
    );
    row("  ratio bare Next.js / nginx", bareRatio.toFixed(3), "");
  }
  const servingMet = next.non2xx === 0 && nextGzip.non2xx === 0 && next.p99 < 100 && (bareRatio === undefined || ratio >= bareRatio);
  row(
    "  serving targets",
    verdict(servingMet),
    `no 5xx, p99 < 100 ms, ratio ≥ bare Next.js${bareRatio === undefined ? " (not measured with --quick)" : ""}`,
  );

  // 5. Search. Note: give the server a moment to drain the load test's connections first.
  console.log("\nSearch");
  await new Promise((r) => setTimeout(r, 3000));
  await waitForHttp(base + "/search-index.json");
  const search = await benchSearch(base, path.join(ROOT, ".next-bench"));
  results.search = search;
  for (const line of search.lines) row(line[0], line[1], line[2]);

  // 6. Security headers.
  console.log("\nSecurity headers (HTTP Observatory scoring)");
  const headers = Object.fromEntries((await fetchRetry(base + rolePath)).headers.entries());
  const grade = gradeHeaders(headers);
  results.securityGrade = grade;
  row(
    "role page security headers",
    `${grade.grade} (${grade.score})`,
    grade.lines.map((l) => `${l.test} ${l.score >= 0 ? "+" : ""}${l.score}`).join(", "),
  );

  fs.mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench-results", "latest.json"), JSON.stringify(results, null, 2));
  console.log("\nWrote bench-results/latest.json");
  nginx.kill("SIGTERM");
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
