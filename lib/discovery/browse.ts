import type { Category, Role } from "../content/types";
import type { QueryValue } from "../http/query";
import { RISK_BANDS, RISK_LEVELS, type RiskLevel } from "../content/risk";

/*
 * /roles filters and sort orders, as query-string links that work without JavaScript:
 * `/roles?category=finance&risk=high&sort=updated`. No React, no file access.
 */

export const SORTS = ["name", "risk", "updated"] as const;
export type SortOrder = (typeof SORTS)[number];

export const SORT_LABELS: Record<SortOrder, string> = {
  name: "Name (A–Z)",
  risk: "Risk (highest first)",
  updated: "Last updated (newest first)",
};

export type BrowseQuery = { category?: string; risk?: RiskLevel; sort: SortOrder };

export type BrowseCheck = { ok: true; query: BrowseQuery } | { ok: false; problems: string[] };

function single(name: string, raw: QueryValue, problems: string[]): string | undefined {
  if (Array.isArray(raw)) {
    if (raw.length > 1) {
      problems.push(`The address sets “${name}” ${raw.length} times: choose one value.`);
      return undefined;
    }
    raw = raw[0];
  }
  const value = raw?.trim();
  return value === "" ? undefined : value;
}

function listOf(values: readonly string[]): string {
  return values.map((v) => `“${v}”`).join(", ");
}

/**
 * Reads `category`, `risk` and `sort`. Unknown values are refused with a message naming the accepted
 * ones (a 400 page), rather than silently showing every role. Other parameters are ignored.
 */
export function parseBrowseQuery(params: Record<string, QueryValue>, categories: readonly Pick<Category, "slug">[]): BrowseCheck {
  const problems: string[] = [];
  const category = single("category", params.category, problems);
  const risk = single("risk", params.risk, problems);
  const sort = single("sort", params.sort, problems) ?? "name";
  const slugs = categories.map((c) => c.slug);
  if (category !== undefined && !slugs.includes(category)) {
    problems.push(`There is no category “${category.slice(0, 60)}”. Categories: ${listOf(slugs)}.`);
  }
  if (risk !== undefined && !(RISK_LEVELS as readonly string[]).includes(risk)) {
    problems.push(`There is no risk band “${risk.slice(0, 60)}”. Bands: ${listOf(RISK_LEVELS)}.`);
  }
  if (!(SORTS as readonly string[]).includes(sort)) {
    problems.push(`The list cannot be sorted by “${sort.slice(0, 60)}”. Sort orders: ${listOf(SORTS)}.`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, query: { category, risk: risk as RiskLevel | undefined, sort: sort as SortOrder } };
}

/** Whether any filter or a non-default sort is set (such views are `noindex`). */
export function isFiltered(query: BrowseQuery): boolean {
  return query.category !== undefined || query.risk !== undefined || query.sort !== "name";
}

/**
 * The address of the list with some settings changed; `undefined` clears a filter. Defaults are left out
 * so the unfiltered list is always plain `/roles`.
 */
export function browseHref(query: BrowseQuery, change: Partial<Record<keyof BrowseQuery, string | undefined>> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.category) params.set("category", next.category);
  if (next.risk) params.set("risk", next.risk);
  if (next.sort && next.sort !== "name") params.set("sort", next.sort);
  const qs = params.toString();
  return qs === "" ? "/roles" : `/roles?${qs}`;
}

const byTitle = (a: Role, b: Role) => a.title.localeCompare(b.title, "en");

/** The roles a query selects, in its sort order (ties by title). */
export function browseRoles(roles: readonly Role[], query: BrowseQuery): Role[] {
  const selected = roles.filter((r) => (!query.category || r.category === query.category) && (!query.risk || r.risk.level === query.risk));
  const order: Record<SortOrder, (a: Role, b: Role) => number> = {
    name: byTitle,
    risk: (a, b) => b.risk.automatableShare - a.risk.automatableShare || byTitle(a, b),
    updated: (a, b) => (b.updated ?? "").localeCompare(a.updated ?? "") || byTitle(a, b),
  };
  return [...selected].sort(order[query.sort]);
}

/** Risk bands from highest to lowest, each with its roles, for the risk-sorted view; empty bands left out. */
export function groupByBand(roles: readonly Role[]): { level: RiskLevel; label: string; roles: Role[] }[] {
  return [...RISK_LEVELS]
    .reverse()
    .map((level) => ({ level, label: RISK_BANDS[level].label, roles: roles.filter((r) => r.risk.level === level) }))
    .filter((group) => group.roles.length > 0);
}

/** A sentence describing the current view, e.g. "12 roles in Accounting & Finance with high risk". */
export function describeView(count: number, query: BrowseQuery, categoryTitle: string | undefined): string {
  const parts = [`${count} role${count === 1 ? "" : "s"}`];
  if (categoryTitle) parts.push(`in ${categoryTitle}`);
  if (query.risk) parts.push(`with ${RISK_BANDS[query.risk].label.toLowerCase()} risk`);
  return `${parts.join(" ")}, sorted by ${SORT_LABELS[query.sort].replace(/ \(.*\)$/, "").toLowerCase()}`;
}

/** Parent roles with the most published specializations (ties by title), for the home page. */
export function largestFamilies(roles: readonly Role[], count: number): { head: Role; members: Role[] }[] {
  return roles
    .map((head) => ({ head, members: roles.filter((r) => r.parent === head.slug).sort(byTitle) }))
    .filter((f) => f.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length || byTitle(a.head, b.head))
    .slice(0, count);
}

/** The most recently reviewed profiles, newest first. */
export function recentlyUpdated(roles: readonly Role[], count: number): Role[] {
  return browseRoles(roles, { sort: "updated" }).slice(0, count);
}
