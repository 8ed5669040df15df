import { ContentError } from "../check/problems";
import { contentRoot } from "../check/root";
import { buildOccupationEvidence, type OccupationEvidence } from "./evidence";
import { loadResearchOnce, type Occupation, type Research } from "./load";

export type { Occupation, OnetTask, Research } from "./load";
export type { Measure, OccupationEvidence, TaskEvidence, WageEvidence } from "./evidence";

/*
 * The one module pages use for research data. The files are parsed once per process (the content
 * check in the same process shares the parse) and every lookup after that is a map access, so an
 * occupation page costs a few microseconds of data work.
 */

export function getResearch(): Research {
  const loaded = loadResearchOnce(contentRoot());
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

export function getOccupationEvidence(code: string): OccupationEvidence | undefined {
  const research = getResearch();
  const occupation = research.byCode.get(code);
  return occupation ? buildOccupationEvidence(research, occupation) : undefined;
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
