/**
 * `npm run coverage [-- --top 100] [--next 25]`
 *
 * For editors deciding what to write next: the share of US employment the published profiles cover
 * (lib/content/coverage.ts, the same computation the about page states), whether the largest occupations
 * all have a profile, and the largest occupations that do not yet.
 */
import { loadContent } from "../lib/content/load";
import { computeCoverage } from "../lib/content/coverage";
import { loadResearch } from "../lib/research/load";

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} expects a whole number of at least 1`);
    process.exit(2);
  }
  return value;
}

const top = argValue("--top", 100);
const next = argValue("--next", 25);
const root = process.cwd();
const research = loadResearch(root);
if (!research.research) {
  console.error("The research data has problems: run `npm run check-content`.");
  process.exit(1);
}
const content = loadContent(root, { research });
const coverage = computeCoverage(content.roles, research.research);
const number = new Intl.NumberFormat("en-US");
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

console.log(
  `Published profiles cover ${coverage.covered.length} of ${coverage.rows.length} BLS detailed occupations: ${number.format(coverage.coveredEmployment)} of ${number.format(coverage.totalEmployment)} jobs, ${percent(coverage.share)} of US employment (BLS OEWS, May 2021).`,
);
const gaps = coverage.rows.slice(0, top).filter((r) => r.profiles.length === 0);
console.log(
  gaps.length === 0
    ? `Every one of the ${top} largest occupations has a profile.`
    : `${gaps.length} of the ${top} largest occupations have no profile yet.`,
);
console.log(`\nThe largest occupations without a profile (write these next):`);
for (const row of coverage.uncovered.slice(0, next)) {
  const pages = row.pages.length > 0 ? row.pages.join(", ") : "no O*NET page";
  console.log(`  #${String(row.rank).padStart(3)}  ${row.code}  ${row.title} — ${number.format(row.employment)} (${pages})`);
}
