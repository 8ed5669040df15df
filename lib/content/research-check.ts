import type { Research } from "../research/load";
import { RESEARCH_FILES } from "../research/load";
import { buildOccupationEvidence } from "../research/evidence";
import { compareBandWithResearch } from "./risk";
import { editDistance, suggest, type Problem } from "../check/problems";
import type { Role, Sources } from "./types";

/** The codes nearest to a mistyped one (at most two edits away, up to three of them), nearest first. */
export function nearestCodes(code: string, candidates: Iterable<string>): string[] {
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(code, candidate);
    if (distance <= 2) scored.push({ candidate, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((s) => s.candidate);
}

/**
 * Rules between profiles and the shipped research data: every `onet` code is an occupation in the
 * data, and every cited O*NET task ID is a task of one of the profile's own codes. All findings are
 * returned at once, each on the line of the offending value.
 */
export function checkResearchCodes(roles: readonly Role[], sources: Sources, research: Research): Problem[] {
  const problems: Problem[] = [];
  const describe = (code: string) => {
    const o = research.byCode.get(code);
    return o ? `${code} (${o.title})` : code;
  };

  for (const role of roles) {
    const source = sources.roles.get(role.slug);
    const at = (field: (string | number)[], message: string) => {
      const pos = source?.locate(field) ?? { line: 1, column: 1 };
      const dotted = field.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
      problems.push({ severity: "error", file: role.file, ...pos, field: dotted, message });
    };

    const seen = new Set<string>();
    role.onet.forEach((code, i) => {
      if (seen.has(code)) at(["onet", i], `${code} is listed twice`);
      seen.add(code);
      if (research.byCode.has(code)) return;
      const near = nearestCodes(code, research.byCode.keys());
      at(
        ["onet", i],
        `unknown O*NET-SOC code ${code}: no occupation with this code in ${RESEARCH_FILES.exposure}` +
          (near.length > 0 ? ` — did you mean ${near.map(describe).join(" or ")}?` : " (look the occupation up at https://www.onetonline.org/find/)"),
      );
    });

    const ownTasks = role.onet.flatMap((code) => research.byCode.get(code)?.tasks.map((t) => String(t.id)) ?? []);
    const checkIds = (list: "automating" | "augmenting", items: { taskIds?: number[] }[]) => {
      items.forEach((item, i) => {
        item.taskIds?.forEach((id, j) => {
          const owner = research.taskOwner.get(id);
          if (owner && role.onet.includes(owner)) return;
          const codes = [...new Set(role.onet)].join(", ");
          if (owner) {
            const fixFirst = role.onet.some((c) => !research.byCode.has(c)) ? " (onet has an unknown code: fix that first)" : "";
            at([list, i, "taskIds", j], `O*NET task ${id} belongs to ${describe(owner)}, which is not among this profile's codes (${codes}): cite a task of those codes or add ${owner} to onet${fixFirst}`);
            return;
          }
          const hit = suggest(String(id), ownTasks);
          at(
            [list, i, "taskIds", j],
            `unknown O*NET task ${id}: no task with this ID in ${RESEARCH_FILES.tasks}` +
              (hit ? ` — did you mean ${hit}?` : ` (the tasks of ${codes} are listed on their /occupations pages)`),
          );
        });
      });
    };
    checkIds("automating", role.automating);
    checkIds("augmenting", role.augmenting);

    // A band two or more steps from the research explains itself, for this role.
    const known = role.onet.map((code) => research.byCode.get(code)).filter((o) => o !== undefined);
    if (known.length === role.onet.length) {
      const percentiles = known.flatMap((o) => buildOccupationEvidence(research, o).measures.map((m) => m.percentile));
      const comparison = compareBandWithResearch(role.risk.level, percentiles);
      if (comparison && comparison.verdict !== "agree" && !role.researchNote) {
        at(
          ["risk", "level"],
          `the band (step ${comparison.editorialStep} of 4) is ${Math.abs(comparison.researchStep - comparison.editorialStep)} steps from where the research places ${role.onet[0]} (step ${comparison.researchStep}, mean percentile ${comparison.meanPercentile}): add researchNote saying why, for this role — or change the rating if the reasoning does not hold`,
        );
      }
    }
  }
  return problems;
}
