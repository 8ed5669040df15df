/**
 * `npm run bench` — speed and size figures, each measured in the same run as its reference so ratios
 * hold on a noisy machine. Prints a table and writes bench-results/latest.json.
 *
 *   --quick     skip the synthetic 1,000-profile build and the bare-site build (for a fast look)
 *   --serving   only the real build and the serving figures (writes bench-results/serving.json)
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { LineCounter, parseDocument } from "yaml";
import { answersToQuery } from "../../lib/assessment/params";
import { getRole } from "../../lib/content";
import { loadContent } from "../../lib/content/load";
import { gradeHeaders } from "../../lib/http/security-grade";
import { generateSyntheticContent } from "../gen-synthetic-content";
import { writeBareSite } from "./bare-site";
import { fetchRetry, runMeasured, waitForHttp } from "./proc";
import { benchLighthouse } from "./lighthouse";
import { benchSearch } from "./search";
import { sampleAnswers } from "../../tests/sample-answers";

const ROOT = path.resolve(__dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const quick = process.argv.includes("--quick");
const servingOnly = process.argv.includes("--serving");
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
/** The last commit with the home-made front door (issue #13 replaced it with nginx). */
const SERVING_BEFORE = "8d6e881";

/**
 * The reference for the nginx setup: nginx serving the same prerendered file with the same headers (the
 * build's own http.conf and the page's policy), and no upstream.
 */
function writeReferenceNginx(dir: string, root: string, route: string): string {
  const nginxDir = path.join(root, ".next-bench", "deploy", "nginx");
  const app = path.join(root, ".next-bench", "server", "app");
  const server = fs.readFileSync(path.join(nginxDir, "server.conf"), "utf8");
  const headers = [...server.matchAll(/^ {4}add_header (?:Strict|X-|Referrer|Permissions|Cross)[^\n]+$/gm)].map((m) => m[0]);
  const conf = path.join(dir, "reference-nginx.conf");
  fs.mkdirSync(path.join(dir, "logs"), { recursive: true });
  fs.writeFileSync(
    conf,
    `worker_processes 1;\npcre_jit on;\npid ${dir}/ref-nginx.pid;\nevents { worker_connections 4096; }\nhttp {\n  include ${nginxDir}/http.conf;\n  access_log off;\n  server {\n    listen 127.0.0.1:3302;\n    root ${app};\n    location = ${route} {\n      gzip_static on;\n      gzip_vary on;\n      add_header Content-Security-Policy $rc_page_csp always;\n      add_header Cache-Control "public, max-age=0, s-maxage=300, stale-while-revalidate=60" always;\n${headers.join("\n")}\n      try_files ${route}.html =404;\n    }\n  }\n}\n`,
  );
  return conf;
}
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

/** `next start` (what `npm start` runs) on the given build, for our site or the bare reference. */
function startNext(cwd: string, distDir: string, port: number): ChildProcess {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port), "--keepAliveTimeout", "70000"], {
    cwd,
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: "ignore",
  });
  children.push(child);
  return child;
}

/** `npm run serve`: nginx in front of `workers` next start workers, on the bench build. */
async function startServe(port: number, workers: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [TSX_CLI, "scripts/serve.ts", "--port", String(port), "--workers", String(workers)], {
    cwd: ROOT,
    env: { ...env, NEXT_DIST_DIR: ".next-bench" },
    stdio: "ignore",
  });
  children.push(child);
  await waitForHttp(`http://127.0.0.1:${port}/`, 120_000);
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
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

function wrkArgs(url: string, connections: number, seconds: number, headers: string[] = [], script?: string): string[] {
  return [
    "-t",
    "2",
    "-c",
    String(connections),
    "-d",
    `${seconds}s`,
    "--latency",
    ...headers.flatMap((h) => ["-H", h]),
    ...(script ? ["-s", script] : []),
    url,
  ];
}

function wrk(url: string, connections: number, seconds: number, headers: string[] = [], script?: string) {
  return parseWrk(execFileSync("wrk", wrkArgs(url, connections, seconds, headers, script), { encoding: "utf8" }));
}

/** Runs wrk without blocking, so two loads can run at once. */
function wrkAsync(url: string, connections: number, seconds: number, script: string): Promise<ReturnType<typeof parseWrk>> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", wrkArgs(url, connections, seconds, ["Accept-Encoding: gzip"], script), {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(parseWrk(out)) : reject(new Error(`wrk exited ${code}`))));
  });
}

/** A wrk script that cycles through `paths`, one per request. */
function pathsScript(file: string, paths: readonly string[]): string {
  fs.writeFileSync(
    file,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(", ")}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n`,
  );
  return file;
}

function parseWrk(out: string) {
  const toMs = (v: string, unit: string) => Number(v) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1);
  const lat = (p: string) => {
    const m = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return m ? +toMs(m[1]!, m[2]!).toFixed(2) : NaN;
  };
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const errors = out.match(/Socket errors: (.*)/)?.[1] ?? "none";
  return { rps: Math.round(Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0)), p50: lat("50"), p99: lat("99"), non2xx, errors };
}

const BENCH_DIR = path.join(ROOT, ".bench");
const NEXT_BASE = "http://127.0.0.1:3300";
const BARE_BASE = "http://127.0.0.1:3301";
const ROLE_PATH = "/roles/software-developer-backend-api";
const PAGE_TYPES: [string, string][] = [
  ["home", "/"],
  ["role", ROLE_PATH],
  ["category", "/categories/technology"],
  ["article", "/articles/how-to-read-an-ai-risk-rating"],
  ["search", "/search?q=backend"],
  ["assessment", `${ROLE_PATH}/assessment`],
];

async function main() {
  console.log(`Role Compass benchmark — ${os.cpus().length} cores, Node ${process.version}\n`);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  if (servingOnly) {
    console.log("Build");
    await buildReal();
    await benchServing();
    benchServingCode();
    return writeResults("serving.json");
  }
  const synthetic = generateSyntheticContent({ count: 1000, outDir: fs.mkdtempSync(path.join(os.tmpdir(), "rc-bench-")) });
  benchContentCheck(synthetic);
  const bare = await benchBuilds(synthetic);
  fs.rmSync(synthetic, { recursive: true, force: true });
  const nextOnly = startNext(ROOT, ".next-bench", 3300);
  await waitForHttp(NEXT_BASE + "/");
  if (bare) {
    startNext(path.join(BENCH_DIR, "bare-site"), ".next", 3301);
    await waitForHttp(BARE_BASE + "/");
  }
  await benchPageWeight(Boolean(bare));
  await benchLighthouseScores(Boolean(bare));
  await stop(nextOnly);
  await benchServing();
  benchServingCode();
  await benchSearchFigures();
  await benchSecurityHeaders();

  writeResults("latest.json");
}

function writeResults(file: string): void {
  fs.mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench-results", file), JSON.stringify(results, null, 2));
  console.log(`\nWrote bench-results/${file}`);
  process.exit(0);
}

/**
 * 1. The content check: the real site, and 1,000 files beside what the yaml package alone needs to parse
 * their front matter (the check's floor: it parses every file with it). In process, after one warm-up so
 * module loading is not counted. Note: this machine's speed varies from second to second (it is a VM);
 * the median of three full checks (each reads and validates every file and the research data again) is
 * steadier than one.
 */
function benchContentCheck(synthetic: string): void {
  console.log("Content check");
  const median3 = (f: () => void) => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      f();
      runs.push(performance.now() - t0);
    }
    return { ms: [...runs].sort((a, b) => a - b)[1]!, runs };
  };
  /** The yaml package alone on the front matter of every profile and article below `root`. */
  const yamlAloneOn = (root: string) => {
    const files = ["roles", "articles"]
      .flatMap((dir) => {
        const folder = path.join(root, "content", dir);
        return fs.existsSync(folder) ? fs.readdirSync(folder).map((f) => path.join(folder, f)) : [];
      })
      .filter((f) => f.endsWith(".md"));
    const timing = median3(() => {
      for (const file of files) {
        const text = fs.readFileSync(file, "utf8");
        const end = text.indexOf("\n---", 3);
        parseDocument(text.slice(4, end), { lineCounter: new LineCounter() });
      }
    });
    return { ...timing, files: files.length };
  };
  let realChecked = loadContent(ROOT);
  const realCheck = median3(() => (realChecked = loadContent(ROOT)));
  const realFiles = realChecked.roles.length + realChecked.articles.length;
  const realYaml = yamlAloneOn(ROOT);
  row(
    `check of the real site (${realFiles} files)`,
    `${realCheck.ms.toFixed(0)} ms`,
    `median of ${realCheck.runs.map((r) => r.toFixed(0)).join(", ")} ms; target < 1,000 ms: ${verdict(realCheck.ms < 1000)}`,
  );
  row(`yaml alone, the same ${realYaml.files} front matters (reference)`, `${realYaml.ms.toFixed(0)} ms`, "");
  let checked = loadContent(synthetic);
  const synthCheck = median3(() => (checked = loadContent(synthetic)));
  const errors = checked.problems.filter((p) => p.severity === "error").length;
  const yamlAlone = yamlAloneOn(synthetic);
  const yamlRatio = synthCheck.ms / yamlAlone.ms;
  results.contentCheck = {
    realSite: {
      files: realFiles,
      ms: Math.round(realCheck.ms),
      runsMs: realCheck.runs.map(Math.round),
      yamlAloneMs: Math.round(realYaml.ms),
    },
    files: checked.roles.length + checked.articles.length,
    ms: Math.round(synthCheck.ms),
    runsMs: synthCheck.runs.map(Math.round),
    yamlAloneMs: Math.round(yamlAlone.ms),
    ratioToYaml: +yamlRatio.toFixed(2),
    errors,
  };
  row(
    "check of 1,000 profiles",
    `${synthCheck.ms.toFixed(0)} ms (${errors} errors)`,
    `median of ${synthCheck.runs.map((r) => r.toFixed(0)).join(", ")} ms`,
  );
  row(`yaml alone, the same ${yamlAlone.files} front matters (reference)`, `${yamlAlone.ms.toFixed(0)} ms`, "");
  row("  ratio check / yaml alone", `${yamlRatio.toFixed(2)}×`, `target ≤ 3×: ${verdict(yamlRatio <= 3 && errors === 0)}`);
}

/** The real site's build into `.next-bench`, with its nginx setup, which every later section serves. */
async function buildReal(): Promise<void> {
  const real = await build("real content", ROOT, ".next-bench");
  results.buildReal = real;
  execFileSync(process.execPath, [TSX_CLI, "scripts/build-deploy.ts"], {
    cwd: ROOT,
    env: { ...env, NEXT_DIST_DIR: ".next-bench" },
    stdio: "ignore",
  });
  row("build: real content", `${real.pages} pages, ${(real.ms / 1000).toFixed(1)} s, ${real.peakRssMB} MB`, `${real.msPerPage} ms/page`);
}

/** 2. Builds: ours, 1,000 synthetic profiles, and the bare Next.js reference. Returns the bare build, if made. */
async function benchBuilds(synthetic: string) {
  console.log("\nBuilds (wall time, peak memory of all build processes, per page)");
  await buildReal();
  let bare: Awaited<ReturnType<typeof build>> | undefined;
  if (!quick) {
    const synth = await build("synthetic", ROOT, ".next-bench-synthetic", { CONTENT_ROOT: synthetic });
    results.buildSynthetic = synth;
    row(
      "build: 1,000 synthetic profiles",
      `${synth.pages} pages, ${(synth.ms / 1000).toFixed(1)} s, ${synth.peakRssMB} MB`,
      `${synth.msPerPage} ms/page`,
    );
    writeBareSite(path.join(BENCH_DIR, "bare-site"), 1000);
    bare = await build("bare Next.js", path.join(BENCH_DIR, "bare-site"), ".next");
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
  return bare;
}

/** 3. Page weight: what a browser downloads for each page type, and the bare site's page as the floor. */
async function benchPageWeight(withBare: boolean): Promise<void> {
  console.log("\nPage weight (what a browser downloads: HTML, JS referenced by the page, CSS; gzip)");
  const weights: Record<string, unknown> = {};
  for (const [name, p] of PAGE_TYPES) {
    const w = await pageWeight(NEXT_BASE, p);
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
  if (withBare) {
    const floor = await pageWeight(BARE_BASE, "/p/1");
    results.pageWeightBare = floor;
    const role = weights.role as { jsGz: number; htmlGz: number };
    row("bare Next.js page JS (App Router floor)", kb(floor.jsGz), "reference");
    row("  role page JS over the floor", kb(role.jsGz - floor.jsGz), `target ≤ 10 KB: ${verdict(role.jsGz - floor.jsGz <= 10 * 1024)}`);
    row("  role page HTML", kb(role.htmlGz), `target ≤ 15 KB gzip: ${verdict(role.htmlGz <= 15 * 1024)}`);
  }
}

/** 3b. Lighthouse performance (mobile preset), median of three runs, beside the bare Next.js page. */
async function benchLighthouseScores(withBare: boolean): Promise<void> {
  console.log("\nLighthouse performance (mobile preset, simulated throttling; median of 3 runs)");
  const lhPages = PAGE_TYPES.slice(0, 3).map(([, p]) => ({ base: NEXT_BASE, path: p }));
  if (withBare) lhPages.push({ base: BARE_BASE, path: "/p/1" });
  const lh = benchLighthouse(lhPages);
  results.lighthouse = lh;
  const lhFloor = withBare ? lh.at(-1) : undefined;
  for (const figure of lh) {
    const isFloor = figure === lhFloor;
    row(
      isFloor ? "bare Next.js page (reference)" : `performance ${figure.path}`,
      `${figure.median}`,
      `runs ${figure.runs.join(", ")}${isFloor ? "" : `; target ≥ 95: ${verdict(figure.median >= 95)}`}`,
    );
  }
}

/** A valid set of answers for the role at `rolePath`, built from its content so it follows the profile. */
function answerQuery(rolePath: string): string {
  const role = getRole(rolePath.split("/").pop()!);
  if (!role) throw new Error(`bench: no profile at ${rolePath}`);
  return answersToQuery(sampleAnswers(role)).toString();
}

/**
 * 4. Serving: a prerendered page through the nginx setup beside nginx alone, then a mixed load through
 * `npm run serve` (one and two workers) and `next start` alone. Leaves `next start` running on NEXT_BASE.
 */
async function benchServing(): Promise<void> {
  console.log("\nServing (wrk on loopback; gzip as browsers ask; each figure beside its reference from the same run)");
  ensureApt("wrk", "wrk");
  ensureApt("nginx", "nginx-light");
  const rolePath = ROLE_PATH;

  // 4a. A prerendered page through the nginx setup against nginx serving the same file, same headers, no upstream.
  const serve1 = await startServe(3310, 1);
  const viaServe = "http://127.0.0.1:3310";
  const reference = writeReferenceNginx(BENCH_DIR, ROOT, rolePath);
  const nginx = spawn("nginx", ["-p", `${BENCH_DIR}/`, "-c", reference, "-e", "ref-error.log", "-g", "daemon off;"], { stdio: "ignore" });
  children.push(nginx);
  await waitForHttp("http://127.0.0.1:3302" + rolePath);
  wrk(viaServe + rolePath, 50, 2, ["Accept-Encoding: gzip"]); // warm-up
  const setup = wrk(viaServe + rolePath, 50, 10, ["Accept-Encoding: gzip"]);
  const alone = wrk("http://127.0.0.1:3302" + rolePath, 50, 10, ["Accept-Encoding: gzip"]);
  const fileRatio = setup.rps / alone.rps;
  results.servingFile = { viaSetup: setup, nginxAlone: alone, ratio: +fileRatio.toFixed(3) };
  row(
    "role page via the nginx setup (npm run serve)",
    `${setup.rps} req/s, p99 ${setup.p99} ms`,
    `${setup.non2xx} non-2xx, socket errors: ${setup.errors}`,
  );
  row("nginx alone, same file and headers (reference)", `${alone.rps} req/s, p99 ${alone.p99} ms`, "");
  row("  ratio", `${fileRatio.toFixed(2)}×`, `target ≥ 0.9×: ${verdict(fileRatio >= 0.9)}`);
  await stop(nginx);

  // 4b. A mixed load at 100 connections: 50 on prerendered pages, 50 on pages rendered per request, at once.
  const prerendered = [
    "/",
    "/roles",
    rolePath,
    "/roles/cashier",
    "/roles/truck-driver",
    "/categories/retail",
    "/risk/high",
    "/occupations/53-3032.00",
    "/methodology",
  ];
  const dynamic = [
    "/roles?category=retail&sort=risk",
    "/search?q=truck+driver",
    "/search?q=cna",
    "/compare?roles=cashier,retail-salesperson",
    `${rolePath}/assessment/result?${answerQuery(rolePath)}`,
  ];
  const staticScript = pathsScript(path.join(BENCH_DIR, "prerendered.lua"), prerendered);
  const dynamicScript = pathsScript(path.join(BENCH_DIR, "dynamic.lua"), dynamic);
  const mixed = async (label: string, base: string) => {
    await Promise.all([wrkAsync(base + "/", 10, 2, staticScript), wrkAsync(base + "/", 10, 2, dynamicScript)]); // warm-up
    const [stat, dyn] = await Promise.all([wrkAsync(base + "/", 50, 15, staticScript), wrkAsync(base + "/", 50, 15, dynamicScript)]);
    row(`${label}: prerendered`, `${stat.rps} req/s, p99 ${stat.p99} ms`, `${stat.non2xx} non-2xx, socket errors: ${stat.errors}`);
    row(`${label}: per request`, `${dyn.rps} req/s, p99 ${dyn.p99} ms`, `${dyn.non2xx} non-2xx, socket errors: ${dyn.errors}`);
    return { prerendered: stat, dynamic: dyn };
  };
  const mixedServe1 = await mixed("npm run serve, 1 worker", viaServe);
  // Reference for the per-request figures: the same dynamic requests with no prerendered flood beside them. On
  // 2 cores the flood (wrk and nginx) takes most of the CPU, so the mixed figure is what Next gets under it.
  const dynAlone = await wrkAsync(viaServe + "/", 50, 10, dynamicScript);
  row(
    "npm run serve, 1 worker: per request alone",
    `${dynAlone.rps} req/s, p99 ${dynAlone.p99} ms`,
    `reference; ${dynAlone.non2xx} non-2xx, socket errors: ${dynAlone.errors}`,
  );
  await stop(serve1);
  const serve2 = await startServe(3310, 2);
  const mixedServe2 = await mixed("npm run serve, 2 workers", viaServe);
  await stop(serve2);
  startNext(ROOT, ".next-bench", 3300);
  await waitForHttp(NEXT_BASE + "/");
  const mixedNext = await mixed("npm start (next start alone)", NEXT_BASE);
  results.mixedLoad = { serve1: mixedServe1, serve1DynamicAlone: dynAlone, serve2: mixedServe2, nextStart: mixedNext };
  const p99Met = [mixedServe1, mixedServe2].every((m) => m.prerendered.p99 < 50);
  row(
    "  prerendered p99 < 50 ms through nginx while Next is saturated",
    verdict(p99Met),
    `1 worker ${mixedServe1.prerendered.p99} ms, 2 workers ${mixedServe2.prerendered.p99} ms`,
  );
}

/** 4c. How much serving code there is: before (our own front door) and now (nginx generated from the build). */
function benchServingCode(): void {
  const linesOf = (files: string[], commit?: string) =>
    files.reduce((n, f) => {
      try {
        const text = commit
          ? execFileSync("git", ["show", `${commit}:${f}`], { cwd: ROOT, encoding: "utf8" })
          : fs.readFileSync(path.join(ROOT, f), "utf8");
        return n + text.split("\n").length;
      } catch {
        return n;
      }
    }, 0);
  const before = linesOf(["server.ts", "lib/front-door.ts", "lib/prerendered-documents.ts", "proxy.ts"], SERVING_BEFORE);
  const after = linesOf(["proxy.ts", "lib/http/nginx-config.ts", "scripts/serve.ts", "scripts/build-deploy.ts"]);
  results.servingCodeLines = { before, after };
  row(
    "serving code, lines",
    `${after} now`,
    before > 0 ? `${before} before (server.ts, front door, document cache, proxy)` : "before: history unavailable",
  );
}

/** 5. Search quality, query time and the browser index's size. */
async function benchSearchFigures(): Promise<void> {
  console.log("\nSearch");
  // Note: give the server a moment to drain the load test's connections first.
  await new Promise((r) => setTimeout(r, 3000));
  await waitForHttp(NEXT_BASE + "/search-index.json");
  const search = await benchSearch(NEXT_BASE, path.join(ROOT, ".next-bench"));
  results.search = search;
  for (const line of search.lines) row(line[0], line[1], line[2]);
}

/** 6. The role page's security headers, scored as the HTTP Observatory scores them. */
async function benchSecurityHeaders(): Promise<void> {
  console.log("\nSecurity headers (HTTP Observatory scoring)");
  const headers = Object.fromEntries((await fetchRetry(NEXT_BASE + ROLE_PATH)).headers.entries());
  const grade = gradeHeaders(headers);
  results.securityGrade = grade;
  row(
    "role page security headers",
    `${grade.grade} (${grade.score})`,
    grade.lines.map((l) => `${l.test} ${l.score >= 0 ? "+" : ""}${l.score}`).join(", "),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
