/**
 * Runs after `next build` (see the `build` script): hashes the inline scripts of every prerendered
 * page into <distDir>/csp-manifest.json, which proxy.ts and server.ts serve as each page's script-src,
 * and records each page's ETag for server.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { documentEtag, extractInlineScripts, hashScript, routeForHtmlFile, type CspManifest } from "../lib/csp";

const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
const appDir = path.join(distDir, "server", "app");
if (!fs.existsSync(appDir)) {
  console.error(`No build found in ${appDir}: run next build first.`);
  process.exit(1);
}

const manifest: CspManifest = { buildId: fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim(), pages: {}, notFound: [], etags: {} };
let files = 0;
for (const entry of fs.readdirSync(appDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const full = path.join(entry.parentPath, entry.name);
  const html = fs.readFileSync(full, "utf8");
  const hashes = [...new Set(extractInlineScripts(html).map(hashScript))];
  const route = routeForHtmlFile(path.relative(appDir, full));
  files++;
  if (route === "/_not-found" || route === "/_global-error") manifest.notFound.push(...hashes);
  else {
    manifest.pages[route] = hashes;
    manifest.etags![route] = documentEtag(html);
  }
}
manifest.notFound = [...new Set(manifest.notFound)];
fs.writeFileSync(path.join(distDir, "csp-manifest.json"), JSON.stringify(manifest));
console.log(`CSP manifest: ${files} prerendered pages hashed → ${path.relative(process.cwd(), path.join(distDir, "csp-manifest.json"))}`);
