/**
 * `npm run occupation -- <O*NET-SOC code | words of a title>`
 *
 * What an editor needs before writing a profile for an occupation: its title, BLS employment and wage,
 * the research figures with their percentiles, the quarter the research places it in (and so which
 * bands would need a `researchNote`), and every O*NET task with its ID and exposure labels, to cite in
 * `taskIds`. With words instead of a code, lists the occupations whose titles contain them.
 */
import { loadResearch } from "../lib/research/load";
import { buildOccupationEvidence } from "../lib/research/evidence";
import { compareBandWithResearch, RISK_LEVELS } from "../lib/content/risk";

const query = process.argv.slice(2).join(" ").trim();
if (!query) {
  console.error("Usage: npm run occupation -- <O*NET-SOC code such as 41-2031.00 | words of a title>");
  process.exit(2);
}
const { research, problems } = loadResearch(process.cwd());
if (!research) {
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column} ${p.message}`);
  process.exit(1);
}

const occupation = research.byCode.get(query);
if (!occupation) {
  const words = query.toLowerCase().split(/\s+/);
  const matches = research.occupations.filter((o) => words.every((w) => `${o.code} ${o.title}`.toLowerCase().includes(w)));
  if (matches.length === 0) {
    console.error(`No occupation matches "${query}".`);
    process.exit(1);
  }
  for (const o of matches) console.log(`${o.code}  ${o.title}`);
  process.exit(0);
}

const evidence = buildOccupationEvidence(research, occupation);
console.log(`${occupation.code}  ${occupation.title}`);
if (evidence.wages)
  console.log(
    `Employment ${evidence.wages.employmentText}; median wage ${evidence.wages.wageText}${evidence.wages.note ? ` (${evidence.wages.note})` : ""}`,
  );
for (const m of evidence.measures) console.log(`${m.label}: ${m.valueText}, ${m.standing}`);
const percentiles = evidence.measures.map((m) => m.percentile);
const needNote = RISK_LEVELS.filter((level) => compareBandWithResearch(level, percentiles)?.verdict !== "agree");
const sample = compareBandWithResearch("low", percentiles);
if (sample) {
  console.log(`Research step ${sample.researchStep} of 4 (mean percentile ${sample.meanPercentile}).`);
  console.log(
    needNote.length
      ? `A profile rated ${needNote.join(" or ")} needs a researchNote saying why it differs.`
      : "No band is two steps from the research.",
  );
}
console.log("\nO*NET tasks (ID, type, GPT-4 label, human label):");
for (const t of occupation.tasks) console.log(`  ${t.id}\t${t.type}\t${t.gpt4}\t${t.human}\t${t.statement}`);
