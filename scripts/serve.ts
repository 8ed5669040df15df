/**
 * `npm run serve [-- --port 8080] [--host 127.0.0.1] [--workers 1]`
 *
 * The production topology on one machine: Debian's nginx (installed with apt-get when missing) in front,
 * serving the build's prerendered pages and assets from disk with the configuration `npm run build` wrote
 * (<distDir>/deploy/nginx/), and N `next start` workers on loopback ports behind it for everything else.
 * One command starts them all; Ctrl-C (or SIGTERM) stops them all; if one of them dies, the rest stop too.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { mainConf, NEXT_KEEP_ALIVE_MS } from "../lib/http/nginx-config";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    host: { type: "string", short: "H" },
    workers: { type: "string", short: "w" },
    "worker-port": { type: "string" },
  },
  strict: true,
});
const port = Number(values.port ?? process.env.PORT ?? 8080);
const host = values.host ?? "127.0.0.1";
const workers = Number(values.workers ?? 1);
const firstWorkerPort = Number(values["worker-port"] ?? port + 1);
for (const [name, value, max] of [
  ["port", port, 65535],
  ["workers", workers, 16],
  ["worker-port", firstWorkerPort, 65535],
] as const) {
  if (!Number.isInteger(value) || value < 1 || value > max) fail(`--${name} must be a whole number from 1 to ${max}`);
}

const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
const siteConf = path.join(distDir, "deploy", "nginx");
if (!fs.existsSync(path.join(siteConf, "server.conf"))) fail(`No nginx setup in ${siteConf}: run \`npm run build\` first.`);
const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();

function fail(message: string): never {
  console.error(`serve: ${message}`);
  process.exit(1);
}

/** nginx from PATH or Debian's /usr/sbin, installed with apt-get (as root or with sudo) when missing. */
function findNginx(): string {
  const known = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  if (known) return known;
  console.log("serve: installing Debian's nginx (apt-get install nginx-light)…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]) =>
    spawnSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  if (run(["apt-get", "update", "-qq"]).status !== 0 || run(["apt-get", "install", "-y", "-qq", "nginx-light"]).status !== 0)
    fail("could not install nginx");
  return findNginx();
}

const nginx = findNginx();
// The run folder holds this run's config, pid, logs and temporary files; the site config is the build's.
const runDir = path.join(distDir, "deploy", `run-${port}`);
for (const dir of ["logs", "temp"]) fs.mkdirSync(path.join(runDir, dir), { recursive: true });
const asRoot = process.getuid?.() === 0;
if (asRoot) fs.chmodSync(path.join(runDir, "temp"), 0o777);
const workerAddresses = Array.from({ length: workers }, (_, i) => `127.0.0.1:${firstWorkerPort + i}`);
fs.writeFileSync(
  path.join(runDir, "nginx.conf"),
  mainConf({
    buildId,
    listen: `${host.includes(":") ? `[${host}]` : host}:${port}`,
    workers: workerAddresses,
    includeDir: "../nginx",
    // Note: started as root (a container, CI), nginx's workers drop to an unprivileged user.
    user: asRoot ? "nobody nogroup" : undefined,
  }),
);

const nginxArgs = ["-p", `${runDir}/`, "-c", path.join(runDir, "nginx.conf"), "-e", "logs/error.log"];
const test = spawnSync(nginx, [...nginxArgs, "-t", "-q"], { encoding: "utf8" });
if (test.status !== 0) fail(`nginx refused the configuration:\n${test.stderr}`);

const children: { name: string; process: ChildProcess }[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const { process: child } of children) if (child.exitCode === null) child.kill("SIGTERM");
  const deadline = setTimeout(() => {
    for (const { process: child } of children) if (child.exitCode === null) child.kill("SIGKILL");
  }, 5000);
  deadline.unref();
  let left = children.filter((c) => c.process.exitCode === null).length;
  if (left === 0) process.exit(code);
  for (const { process: child } of children) child.once("exit", () => --left === 0 && process.exit(code));
}

function start(name: string, command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  children.push({ name, process: child });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`serve: ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    stopAll(1);
  });
  return child;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));

async function ready(address: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (stopping) return;
    try {
      await fetch(`http://${address}/`, { method: "HEAD" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  console.error(`serve: ${address} did not answer within a minute`);
  stopAll(1);
}

const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
for (const address of workerAddresses) {
  const workerPort = address.split(":")[1]!;
  start(`next start on ${address}`, nextBin, [
    "start",
    "-H",
    "127.0.0.1",
    "-p",
    workerPort,
    "--keepAliveTimeout",
    String(NEXT_KEEP_ALIVE_MS),
  ]);
}
void (async () => {
  await Promise.all(workerAddresses.map(ready));
  if (!stopping) {
    start("nginx", nginx, [...nginxArgs, "-g", "daemon off;"]);
    await ready(`${host.includes(":") ? `[${host}]` : host}:${port}`);
    console.log(
      `Role Compass on http://${host}:${port}/ — nginx in front of ${workers} next start worker${workers === 1 ? "" : "s"} (${workerAddresses.join(", ")})`,
    );
  }
})();
