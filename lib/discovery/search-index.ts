import { getAllRoles, getCategories } from "../content";
import { createSearchIndex, toSearchDocs, type RoleIndex } from "./search";

let cache: RoleIndex | undefined;

/** The index of the published roles, built once per process from the same list as every page. */
export function getSearchIndex(): RoleIndex {
  return (cache ??= createSearchIndex(toSearchDocs(getAllRoles(), getCategories())));
}
