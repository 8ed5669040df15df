import { buildOccupationEvidence, type OccupationEvidence, type TaskCitations } from "../research/evidence";
import { getResearch } from "../research";
import { getAllRoles } from "./index";
import { compareBandWithResearch, type BandComparison } from "./risk";
import type { Role } from "./types";

/*
 * The research beside a profile: the figures for each of its occupations, the O*NET tasks it cites,
 * and how its band compares with where the research places the occupation.
 */

let rolesByCode: Map<string, Role[]> | undefined;

/** Published profiles that cite each O*NET-SOC code, built once. */
export function getRolesForCode(code: string): Role[] {
  if (!rolesByCode) {
    rolesByCode = new Map();
    for (const role of getAllRoles()) {
      for (const c of role.onet) rolesByCode.set(c, [...(rolesByCode.get(c) ?? []), role]);
    }
  }
  return rolesByCode.get(code) ?? [];
}

export type RoleEvidence = { occupations: OccupationEvidence[]; comparison?: BandComparison };

/** The profile's O*NET task citations, by task ID. */
export function taskCitations(role: Pick<Role, "automating" | "augmenting">): TaskCitations {
  const map = new Map<number, { list: "automating" | "augmenting"; task: string }[]>();
  const add = (list: "automating" | "augmenting", task: string, ids: number[] | undefined) => {
    for (const id of ids ?? []) map.set(id, [...(map.get(id) ?? []), { list, task }]);
  };
  for (const t of role.automating) add("automating", t.task, t.taskIds);
  for (const t of role.augmenting) add("augmenting", t.task, t.taskIds);
  return map;
}

/** Evidence for each of a profile's codes, and how the research compares with its band. */
export function getRoleEvidence(role: Role): RoleEvidence {
  const research = getResearch();
  const citations = taskCitations(role);
  // The content check guarantees every code exists; a missing one would have failed the build.
  const occupations = role.onet.map((code) => buildOccupationEvidence(research, research.byCode.get(code)!, citations));
  const comparison = compareBandWithResearch(
    role.risk.level,
    occupations.flatMap((o) => o.measures.map((m) => m.percentile)),
  );
  return { occupations, comparison };
}
