import { getAllRoles, getCategories, getContent } from "../content";
import { getResearch } from "../research";
import { createSearchIndex, toSearchDocs, type SearchIndex } from "./search";

let cache: SearchIndex | undefined;

/** The index of the published profiles and every occupation page, built once per process from the same lists as the pages. */
export function getSearchIndex(): SearchIndex {
  return (cache ??= createSearchIndex(
    toSearchDocs(getAllRoles(), getCategories(), getResearch().occupations, getContent().occupationAliases),
  ));
}
