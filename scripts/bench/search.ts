import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { computeCoverage } from "../../lib/content/coverage";
import { loadContent } from "../../lib/content/load";
import { loadResearch } from "../../lib/research/load";
import { createSearchIndex, loadSearchIndex, search, toSearchDocs } from "../../lib/discovery/search";
import { everydayCases, measure, officialTitleCases } from "../../lib/discovery/search-quality";
import { fetchRetry } from "./proc";

/** The browser's search index before this ranking (profiles only): README, benchmark of 2026-11-25. */
const INDEX_GZIP_BEFORE_KB = 28.8;

/**
 * What the browser downloads for search (the index route plus the lazily loaded search code, measured
 * from the running server), how often the first result is the job searched for (every official title and
 * the everyday names), and how long queries take against the index the browser uses (p99 over all of them).
 */
export async function benchSearch(base: string, distDir: string) {
  const lines: [string, string, string][] = [];
  // The search code is a separate chunk loaded on first focus: find it by a string MiniSearch ships.
  const chunksDir = path.join(distDir, "static", "chunks");
  let codeGz = 0;
  for (const name of fs.readdirSync(chunksDir).filter((n) => n.endsWith(".js"))) {
    const text = fs.readFileSync(path.join(chunksDir, name));
    if (text.includes("MiniSearch: duplicate")) codeGz += zlib.gzipSync(text).length;
  }
  const indexRes = await fetchRetry(`${base}/search-index.json`);
  const indexText = await indexRes.text();
  const indexGz = zlib.gzipSync(indexText, { level: 9 }).length;
  lines.push([
    "search index /search-index.json (profiles + 923 occupations)",
    `${(indexGz / 1024).toFixed(1)} KB gzip`,
    `before: ${INDEX_GZIP_BEFORE_KB} KB gzip (profiles only); fetched on first focus`,
  ]);
  lines.push([
    "search code chunk (MiniSearch + lib/discovery/search)",
    `${(codeGz / 1024).toFixed(1)} KB gzip`,
    `total for search: ${((indexGz + codeGz) / 1024).toFixed(1)} KB gzip`,
  ]);

  const root = process.cwd();
  const research = loadResearch(root).research!;
  const content = loadContent(root);
  const published = content.roles.filter((r) => !r.draft);
  const index = loadSearchIndex(JSON.parse(indexText));
  const bls = computeCoverage(published, research).rows.map((r) => ({ code: r.code, title: r.title }));
  const official = officialTitleCases(research.occupations, bls, published);
  const everyday = everydayCases(fs.readFileSync(path.join(root, "tests", "fixtures", "search", "everyday-titles.tsv"), "utf8"), published);
  const officialReport = measure(index, official);
  const everydayReport = measure(index, everyday);
  const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  lines.push([
    "first result is the job: official titles",
    `${officialReport.hits}/${officialReport.total} (${pct(officialReport.rate)})`,
    `target ≥ 98% — ${officialReport.rate >= 0.98 ? "met" : "NOT MET"}`,
  ]);
  lines.push([
    "first result is the job: everyday names",
    `${everydayReport.hits}/${everydayReport.total} (${pct(everydayReport.rate)})`,
    `target ≥ 95% — ${everydayReport.rate >= 0.95 ? "met" : "NOT MET"}`,
  ]);

  const queries = [...official, ...everyday].map((c) => c.query);
  for (const q of queries.slice(0, 200)) search(index, q, 6); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    search(index, q, 6);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((times.length * p) / 100))]!;
  lines.push([
    `query time, ${times.length} queries (type-ahead, 6 results)`,
    `median ${at(50).toFixed(2)} ms, p99 ${at(99).toFixed(2)} ms`,
    "in-process, the index the browser loads",
  ]);
  // The same ranking is built on the server from the content; the browser's copy must agree with it.
  const built = createSearchIndex(toSearchDocs(published, content.categories, research.occupations, content.occupationAliases));
  const agree = queries.slice(0, 300).every((q) => JSON.stringify(search(built, q, 6)) === JSON.stringify(search(index, q, 6)));
  return {
    codeGzipBytes: codeGz,
    indexRawBytes: indexText.length,
    indexGzipBytes: indexGz,
    indexGzipBeforeKb: INDEX_GZIP_BEFORE_KB,
    officialTitles: { hits: officialReport.hits, total: officialReport.total, misses: officialReport.misses },
    everydayNames: { hits: everydayReport.hits, total: everydayReport.total, misses: everydayReport.misses },
    medianMs: +at(50).toFixed(3),
    p99Ms: +at(99).toFixed(3),
    browserAgreesWithServer: agree,
    lines,
  };
}
