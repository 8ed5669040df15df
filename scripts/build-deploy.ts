/**
 * Runs after `next build` (the `build` script). From the build output it writes:
 *
 * - `<distDir>/csp-manifest.json`: each prerendered page's inline-script hashes, which proxy.ts serves
 *   as that page's `script-src` under `next start`;
 * - `<distDir>/request-catalog.json`: the published roles' slugs and answer fields and the categories,
 *   which proxy.ts checks addresses against (lib/proxy/catalog.ts);
 * - a `.gz` beside each prerendered page and each compressible build asset, for nginx's `gzip_static`;
 * - `<distDir>/deploy/nginx/`: the nginx setup for this build (lib/http/nginx-config.ts), with the same
 *   policies as a `map` from each page's address. `npm run serve` runs it.
 *
 * It also warns, loudly, when SITE_URL is not set: canonical URLs, the sitemap and the feeds then name
 * http://localhost:3000.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { buildCsp, extractInlineScripts, hashScript, routeForHtmlFile, type CspManifest } from "../lib/http/csp";
import { errorPageRoute } from "../lib/http/error-page";
import { httpConf, mainConf, serverConf, type ErrorPageEntry, type PageEntry } from "../lib/http/nginx-config";
import { ERROR_PAGE_PREFIX, ERROR_PAGE_STATUSES } from "../lib/http/request-limits";
import { getAllRoles, getCategories } from "../lib/content";
import { buildRequestCatalog, CATALOG_FILE } from "../lib/proxy/catalog";

const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
const appDir = path.join(distDir, "server", "app");
if (!fs.existsSync(appDir)) {
  console.error(`No build found in ${appDir}: run next build first.`);
  process.exit(1);
}
const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();

/** Every file below `dir`, as paths relative to it. */
function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

// 1. The CSP manifest.
const manifest: CspManifest = { buildId, pages: {}, notFound: [] };
const htmlFiles = filesBelow(appDir).filter((f) => f.endsWith(".html"));
for (const file of htmlFiles) {
  const html = fs.readFileSync(path.join(appDir, file), "utf8");
  const hashes = [...new Set(extractInlineScripts(html).map(hashScript))];
  const route = routeForHtmlFile(file);
  if (route === "/_not-found" || route === "/_global-error") manifest.notFound.push(...hashes);
  else manifest.pages[route] = hashes;
}
manifest.notFound = [...new Set(manifest.notFound)];
fs.writeFileSync(path.join(distDir, "csp-manifest.json"), JSON.stringify(manifest));

// 2. The request catalog, from the same content the build rendered.
fs.writeFileSync(path.join(distDir, CATALOG_FILE), JSON.stringify(buildRequestCatalog(getAllRoles(), getCategories())));

// 3. Precompressed copies for gzip_static (written once here, never per request).
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|txt|map)$/;
let compressed = 0;
const precompress = (file: string) => {
  const data = fs.readFileSync(file);
  if (data.length < 1024) return;
  const gz = zlib.gzipSync(data, { level: 9 });
  if (gz.length >= data.length) return;
  fs.writeFileSync(`${file}.gz`, gz);
  compressed++;
};
for (const file of htmlFiles) precompress(path.join(appDir, file));
for (const file of filesBelow(path.join(distDir, "static")).filter((f) => COMPRESSIBLE.test(f)))
  precompress(path.join(distDir, "static", file));

// 4. The nginx setup.
const errorRoute = (route: string) => route === ERROR_PAGE_PREFIX || route.startsWith(`${ERROR_PAGE_PREFIX}/`);
const pages: PageEntry[] = htmlFiles
  .map((file) => ({ file: file.split(path.sep).join("/"), route: routeForHtmlFile(file) }))
  .filter(({ route }) => manifest.pages[route] !== undefined && !errorRoute(route))
  .map(({ file, route }) => ({ route, file, csp: buildCsp({ hashes: manifest.pages[route] }) }));
const errorPages: ErrorPageEntry[] = ERROR_PAGE_STATUSES.map((text) => {
  const status = Number(text) as ErrorPageEntry["status"];
  const route = errorPageRoute(status);
  const hashes = manifest.pages[route];
  if (!hashes) throw new Error(`The build has no prerendered page for ${route}`);
  return { status, file: `${route.slice(1)}.html`, csp: buildCsp({ hashes }) };
});
const nginxDir = path.join(distDir, "deploy", "nginx");
fs.mkdirSync(path.join(nginxDir, "logs"), { recursive: true });
fs.writeFileSync(path.join(nginxDir, "http.conf"), httpConf({ buildId, pages, errorPages }));
fs.writeFileSync(path.join(nginxDir, "server.conf"), serverConf({ buildId, errorPages }));
fs.writeFileSync(path.join(nginxDir, "nginx.conf"), mainConf({ buildId, listen: "8080", workers: ["127.0.0.1:3001"], includeDir: "." }));

console.log(
  `Deploy: CSP for ${htmlFiles.length} prerendered pages, ${compressed} files precompressed, nginx setup in ${path.relative(process.cwd(), nginxDir)}/`,
);

// 5. SITE_URL.
if (!process.env.SITE_URL) {
  const line = "!".repeat(78);
  console.warn(
    [
      "",
      line,
      "!! SITE_URL is not set: every canonical URL, sitemap entry, feed link and Open Graph image of this",
      "!! build names http://localhost:3000. Fine for a local run or the test suite; for a deployment, build",
      "!! again with SITE_URL=https://your-domain (see README, Deploying).",
      line,
      "",
    ].join("\n"),
  );
}
