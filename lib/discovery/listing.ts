import type { Category, Role } from "../content/types";

export type CategoryGroup = { category: Category; roles: Role[] };

/** Roles grouped by category in the categories file's order; empty categories are left out. */
export function groupByCategory(roles: readonly Role[], categories: readonly Category[]): CategoryGroup[] {
  return categories
    .map((category) => ({ category, roles: roles.filter((r) => r.category === category.slug) }))
    .filter((group) => group.roles.length > 0);
}

export type Family = { head: Role; members: Role[] };

/**
 * Families for listings: each top-level role followed by its specialisations. A specialisation whose
 * parent is in another list (filtered out) stands on its own.
 */
export function groupFamilies(roles: readonly Role[]): Family[] {
  const inList = new Set(roles.map((r) => r.slug));
  const heads = roles.filter((r) => !r.parent || !inList.has(r.parent));
  return heads.map((head) => ({ head, members: roles.filter((r) => r.parent === head.slug) }));
}
