import { getAllRoles, getCategories, getContent } from "../content";
import { getResearch } from "../research";
import { coveringProfiles, createSearchIndex, toSearchDocs, type SearchIndex } from "./search";

let cache: SearchIndex | undefined;
let covers: Map<string, string> | undefined;

/** The index of the published profiles and every occupation page, built once per process from the same lists as the pages. */
export function getSearchIndex(): SearchIndex {
  return (cache ??= createSearchIndex(
    toSearchDocs(getAllRoles(), getCategories(), getResearch().occupations, getContent().occupationAliases),
  ));
}

/** Which published profile covers each occupation code (the one about the occupation as a whole), once per process. */
export function getCoveringProfiles(): ReadonlyMap<string, string> {
  return (covers ??= coveringProfiles(getAllRoles()));
}
