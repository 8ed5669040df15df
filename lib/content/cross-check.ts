import { datesOf, type History } from "./history";
import { checkChangelog, checkSharedProse, checkShortLists, checkSources, proseFields, reporterFor } from "./honesty-check";
import { didYouMean, type Problem } from "../check/problems";
import type { Article, ArticleFields, Category, Role, RoleFields, Sources } from "./types";

type Loaded = { roles: Role[]; articles: Article[]; categories: Category[] };

/** How old `updated` may get before the check warns that a profile needs a review. */
export const STALE_AFTER_DAYS = 365;
/** Longer descriptions are cut off in search results. */
export const DESCRIPTION_SOFT_MAX = 160;

/**
 * Rules that need more than one file: references resolve, nothing is duplicated, parents form a
 * tree, published pages never link to drafts, dates are coherent. All findings are returned at once.
 */
export function checkCrossFile(content: Loaded, sources: Sources, history: History): Problem[] {
  const problems: Problem[] = [];
  const rolesBySlug = new Map(content.roles.map((r) => [r.slug, r]));
  const articlesBySlug = new Map(content.articles.map((a) => [a.slug, a]));
  const categorySlugs = sources.categorySlugs;

  const at = (
    kind: "roles" | "articles",
    slug: string,
    field: (string | number)[],
    message: string,
    severity: Problem["severity"] = "error",
  ) => {
    const source = sources[kind].get(slug);
    const file = source?.file ?? `content/${kind}/${slug}.md`;
    const pos = source?.locate(field) ?? { line: 1, column: 1 };
    const dotted = field.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
    problems.push({ severity, file, ...pos, field: dotted || "(file)", message });
  };

  // A reference to a file that exists but failed validation is reported on that file, not here.
  const roleExists = (slug: string) => rolesBySlug.has(slug) || sources.roleFiles.has(slug);
  const articleExists = (slug: string) => articlesBySlug.has(slug) || sources.articleFiles.has(slug);

  // Note: files that failed validation take part with their valid fields, so a wrong category is
  // reported in the same run as a misspelt key in that file.
  const allRoles: RoleFields[] = [...content.roles, ...sources.invalidRoles];
  const renamed = new Map<string, string>();
  for (const role of allRoles) for (const former of role.formerSlugs ?? []) if (!roleExists(former)) renamed.set(former, role.slug);

  const checkRoleRef = (from: RoleFields | ArticleFields, kind: "roles" | "articles", field: (string | number)[], slug: string, what: string) => {
    if (!roleExists(slug)) {
      const current = renamed.get(slug);
      at(
        kind,
        from.slug,
        field,
        current
          ? `"${slug}" is a former slug of content/roles/${current}.md: link to "${current}" instead`
          : `no role "${slug}" exists (expected a file content/roles/${slug}.md)${didYouMean(slug, sources.roleFiles)}`,
      );
      return;
    }
    const target = rolesBySlug.get(slug);
    if (target?.draft && !from.draft) at(kind, from.slug, field, `${what} "${slug}" is a draft: a published page must not link to it`);
  };

  const formerOwners = new Map<string, string>();

  const titleOwners = new Map<string, string[]>();
  for (const role of allRoles) {
    if (role.title !== undefined) titleOwners.set(role.title.toLowerCase(), [...(titleOwners.get(role.title.toLowerCase()) ?? []), role.slug]);
  }

  for (const role of allRoles) {
    // Category (not checkable when categories.yml itself is missing or broken: that is reported there)
    if (categorySlugs && role.category !== undefined && !categorySlugs.has(role.category)) {
      at("roles", role.slug, ["category"], `no category "${role.category}" in content/categories.yml; expected one of ${[...categorySlugs].join(" | ")}${didYouMean(role.category, categorySlugs)}`);
    }
    // Parent
    if (role.parent !== undefined) {
      if (role.parent === role.slug) at("roles", role.slug, ["parent"], "a role cannot be its own parent");
      else checkRoleRef(role, "roles", ["parent"], role.parent, "parent role");
    }
    // Related roles
    const seenRelated = new Set<string>();
    role.related?.forEach((slug, i) => {
      if (slug === role.slug) at("roles", role.slug, ["related", i], "a role cannot be related to itself");
      else if (seenRelated.has(slug)) at("roles", role.slug, ["related", i], `"${slug}" is listed twice`);
      else checkRoleRef(role, "roles", ["related", i], slug, "related role");
      seenRelated.add(slug);
    });
    // Related reading
    role.reading?.forEach((slug, i) => {
      if (!articleExists(slug)) {
        at("roles", role.slug, ["reading", i], `no article "${slug}" exists (expected content/articles/${slug}.md)${didYouMean(slug, articlesBySlug.keys())}`);
      } else if (articlesBySlug.get(slug)?.draft && !role.draft) {
        at("roles", role.slug, ["reading", i], `article "${slug}" is a draft: a published page must not link to it`);
      }
    });
    // Titles are unique (they are page headings and search results); each file names the others.
    const others = role.title === undefined ? [] : (titleOwners.get(role.title.toLowerCase()) ?? []).filter((s) => s !== role.slug);
    if (others.length) at("roles", role.slug, ["title"], `the title "${role.title}" is also used by ${others.map((s) => `content/roles/${s}.md`).join(", ")}`);
    // Former slugs must not shadow live pages or each other
    role.formerSlugs?.forEach((former, i) => {
      if (rolesBySlug.has(former) || sources.roleFiles.has(former)) {
        at("roles", role.slug, ["formerSlugs", i], `former slug "${former}" is the slug of a live role (content/roles/${former}.md); a redirect would hide it`);
      } else if (formerOwners.has(former)) {
        at("roles", role.slug, ["formerSlugs", i], `former slug "${former}" is also claimed by content/roles/${formerOwners.get(former)}.md`);
      } else {
        formerOwners.set(former, role.slug);
      }
    });
    // Dates, sources and short lists
    const report = reporterFor(role.file, sources.roles.get(role.slug), problems);
    const dates = datesOf(history, role.file, role.draft ?? false);
    if (role.changelog) checkChangelog(role.changelog, dates, history.today, report);
    if (role.sources) checkSources(role.sources, dates, history.today, report, "profile");
    checkShortLists(role, report);
    // Warnings: things an editor should look at, which do not fail the build
    if (dates?.updated && !dates.uncommitted) {
      const ageDays = (Date.parse(`${history.today}T00:00:00Z`) - Date.parse(`${dates.updated}T00:00:00Z`)) / 86_400_000;
      if (ageDays > STALE_AFTER_DAYS) at("roles", role.slug, ["title"], `not changed for ${Math.floor(ageDays)} days (last commit ${dates.updated}): review the profile`, "warning");
    }
    if (role.description !== undefined && role.description.length > DESCRIPTION_SOFT_MAX) {
      at("roles", role.slug, ["description"], `${role.description.length} characters: search results cut descriptions after about ${DESCRIPTION_SOFT_MAX}`, "warning");
    }
    if (role.related?.length === 0) at("roles", role.slug, ["related"], "no related roles: readers leave the page with nowhere to go", "warning");
  }

  // Parent cycles: follow each chain; a revisit means a cycle (reported once, on its first file).
  const reported = new Set<string>();
  for (const role of content.roles) {
    const chain: string[] = [role.slug];
    let current = role.parent ? rolesBySlug.get(role.parent) : undefined;
    while (current && current.slug !== role.slug && !chain.includes(current.slug)) {
      chain.push(current.slug);
      current = current.parent ? rolesBySlug.get(current.parent) : undefined;
    }
    if (current && current.slug === role.slug && role.parent !== role.slug) {
      const key = [...chain].sort().join(",");
      if (!reported.has(key)) {
        reported.add(key);
        at("roles", role.slug, ["parent"], `parent chain loops: ${[...chain, role.slug].join(" → ")}`);
      }
    }
  }

  // Former category slugs redirect: they must not shadow a live category or be claimed twice.
  const categoryOwners = new Map<string, string>();
  for (const category of content.categories) {
    category.formerSlugs.forEach((former, i) => {
      const pos = sources.categories?.locate([category.slug, "formerSlugs", i]) ?? { line: 1, column: 1 };
      const problem = (message: string) => problems.push({ severity: "error", file: "content/categories.yml", ...pos, field: `${category.slug}.formerSlugs[${i}]`, message });
      if (categorySlugs?.has(former)) problem(`former slug "${former}" is a live category; a redirect would hide it`);
      else if (categoryOwners.has(former)) problem(`former slug "${former}" is also claimed by category "${categoryOwners.get(former)}"`);
      else categoryOwners.set(former, category.slug);
    });
  }

  const listedReading = new Set(content.roles.filter((r) => !r.draft).flatMap((r) => r.reading));
  for (const article of [...content.articles, ...sources.invalidArticles]) {
    article.roles?.forEach((slug, i) => checkRoleRef(article, "articles", ["roles", i], slug, "role"));
    const report = reporterFor(article.file, sources.articles.get(article.slug), problems);
    if (article.sources) checkSources(article.sources, datesOf(history, article.file, article.draft ?? false), history.today, report, "article");
    if (article.draft === false && !listedReading.has(article.slug)) {
      at("articles", article.slug, ["title"], "orphan article: no published role lists it under reading", "warning");
    }
  }

  checkSharedProse(
    content.roles.map((role) => ({
      slug: role.slug,
      file: role.file,
      fields: proseFields(role, sources.bodies.get(role.slug) ?? ""),
      report: reporterFor(role.file, sources.roles.get(role.slug), problems),
    })),
  );

  return problems;
}
