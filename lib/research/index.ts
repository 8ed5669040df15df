import path from "node:path";
import { getAllRoles, type Role } from "../content";
import { ContentError } from "../content/problems";
import { buildOccupationEvidence, compareBandWithResearch, type BandComparison, type OccupationEvidence, type TaskCitations } from "./evidence";
import { loadResearchOnce, type Occupation, type Research } from "./load";

export type { Occupation, OnetTask, Research } from "./load";
export type { BandComparison, Measure, OccupationEvidence, TaskEvidence, WageEvidence } from "./evidence";

/*
 * The one module pages use for research data. The files are parsed once per process (the content
 * check in the same process shares the parse) and every lookup after that is a map access, so an
 * occupation page costs a few microseconds of data work.
 */

function root(): string {
  return process.env.CONTENT_ROOT ? path.resolve(process.env.CONTENT_ROOT) : process.cwd();
}

export function getResearch(): Research {
  const loaded = loadResearchOnce(root());
  if (!loaded.research) throw new ContentError(loaded.problems);
  return loaded.research;
}

export function getOccupation(code: string): Occupation | undefined {
  return getResearch().byCode.get(code);
}

/** The URL path of an occupation's data page. */
export function occupationPath(code: string): string {
  return `/occupations/${code}`;
}

export type OccupationPage = { code: string; title: string; path: string };

/**
 * Every occupation page, sorted by code — for the sitemap and the search index.
 * Note: one entry per occupation in the exposure data (all of them get a page).
 */
export function listOccupationPages(): OccupationPage[] {
  return getResearch().occupations.map((o) => ({ code: o.code, title: o.title, path: occupationPath(o.code) }));
}

export type MajorGroup = { code: string; title: string; occupations: Occupation[] };

/** Occupations grouped by their 2-digit SOC major group, in code order. */
export function getOccupationsByMajorGroup(): MajorGroup[] {
  const research = getResearch();
  const groups = new Map<string, MajorGroup>();
  for (const o of research.occupations) {
    let group = groups.get(o.majorGroup);
    if (!group) {
      group = { code: o.majorGroup, title: research.majorGroups.get(o.majorGroup) ?? `Major group ${o.majorGroup}`, occupations: [] };
      groups.set(o.majorGroup, group);
    }
    group.occupations.push(o);
  }
  return [...groups.values()];
}

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

export function getOccupationEvidence(code: string): OccupationEvidence | undefined {
  const research = getResearch();
  const occupation = research.byCode.get(code);
  return occupation ? buildOccupationEvidence(research, occupation) : undefined;
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

export type ResearchStats = {
  occupations: number;
  tasks: number;
  /** SOC codes Tomlinson et al. scored. */
  applicabilityCodes: number;
  withApplicability: number;
  withWages: number;
  /** Occupations whose BLS figures are for a combined group. */
  combinedWages: number;
};

/** Counts quoted on the methodology page, from the data itself. */
export function getResearchStats(): ResearchStats {
  const { occupations, taskOwner, distributions } = getResearch();
  return {
    occupations: occupations.length,
    tasks: taskOwner.size,
    applicabilityCodes: distributions.applicability.sorted.length,
    withApplicability: occupations.filter((o) => o.applicability).length,
    withWages: occupations.filter((o) => o.wages).length,
    combinedWages: occupations.filter((o) => o.wages?.combined).length,
  };
}
