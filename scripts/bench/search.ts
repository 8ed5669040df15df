import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { loadContent } from "../../lib/content/load";
import { createSearchIndex, loadSearchIndex, searchRoles, toSearchDocs } from "../../lib/discovery/search";
import { fetchRetry } from "./proc";

/** Typical queries readers type, including typos and colloquial names. */
const QUERIES = [
  "backend developer",
  "backnd develper",
  "SWE",
  "programmer",
  "bookkeeper",
  "acountant",
  "nurse",
  "teacher",
  "lawyer",
  "paralegal",
  "customer service",
  "call centre",
  "graphic design",
  "copywriter",
  "plumber",
  "electrician",
  "data analyst",
  "recruiter",
  "devops",
  "cobol",
];

/**
 * What the browser downloads for search (the index route plus the lazily loaded search code, measured
 * from the running server) and how long queries take against the index the browser uses.
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
  const indexGz = zlib.gzipSync(indexText).length;
  lines.push([
    "search index /search-index.json",
    `${(indexGz / 1024).toFixed(1)} KB gzip`,
    `${(indexText.length / 1024).toFixed(1)} KB raw, fetched on first focus`,
  ]);
  lines.push([
    "search code chunk (MiniSearch + lib/search)",
    `${(codeGz / 1024).toFixed(1)} KB gzip`,
    `total for search: ${((indexGz + codeGz) / 1024).toFixed(1)} KB gzip`,
  ]);

  const content = loadContent(process.cwd());
  const built = createSearchIndex(toSearchDocs(content.roles, content.categories));
  const index = loadSearchIndex(JSON.parse(indexText) ?? built);
  for (const q of QUERIES) searchRoles(index, q); // warm-up
  const times: number[] = [];
  const top: Record<string, string | undefined> = {};
  for (const q of QUERIES) {
    const t = performance.now();
    const outcome = searchRoles(index, q);
    times.push(performance.now() - t);
    top[q] = outcome.hits[0]?.slug;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const max = times.at(-1)!;
  lines.push([
    `query time, ${QUERIES.length} typical queries`,
    `median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms`,
    "in-process, same index as the browser",
  ]);
  return {
    codeGzipBytes: codeGz,
    indexRawBytes: indexText.length,
    indexGzipBytes: indexGz,
    medianMs: +median.toFixed(3),
    maxMs: +max.toFixed(3),
    topHit: top,
    lines,
  };
}
