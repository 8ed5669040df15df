import { datesOf, type FileDates, type History } from "./history";
import { checkChangelog, checkSharedProse, checkShortLists, checkSources, proseFields, reporterFor } from "./honesty-check";
import { didYouMean, type Problem } from "../check/problems";
import type { Article, ArticleFields, Category, Role, RoleFields, Sources } from "./types";

type Loaded = { roles: Role[]; articles: Article[]; categories: Category[] };

/** How old `updated` may get before the check warns that a profile needs a review. */
export const STALE_AFTER_DAYS = 365;
/** Longer descriptions are cut off in search results. */
export const DESCRIPTION_SOFT_MAX = 160;

type Field = (string | number)[];

/** What the rules share: the content, lookups built once, and the list every problem goes to. */
type Context = {
  content: Loaded;
  sources: Sources;
  history: History;
  problems: Problem[];
  rolesBySlug: Map<string, Role>;
  articlesBySlug: Map<string, Article>;
  /** A former slug no file has any more → the role that carries it now. */
  renamed: Map<string, string>;
};

/**
 * Rules that need more than one file: references resolve, nothing is duplicated, parents form a
 * tree, published pages never link to drafts, dates are coherent. All findings are returned at once.
 */
export function checkCrossFile(content: Loaded, sources: Sources, history: History): Problem[] {
  // Note: files that failed validation take part with their valid fields, so a wrong category is
  // reported in the same run as a misspelt key in that file.
  const allRoles: RoleFields[] = [...content.roles, ...sources.invalidRoles];
  const ctx: Context = {
    content,
    sources,
    history,
    problems: [],
    rolesBySlug: new Map(content.roles.map((r) => [r.slug, r])),
    articlesBySlug: new Map(content.articles.map((a) => [a.slug, a])),
    renamed: new Map(),
  };
  for (const role of allRoles) for (const former of role.formerSlugs ?? []) if (!roleExists(ctx, former)) ctx.renamed.set(former, role.slug);

  const titleOwners = ownersByTitle(allRoles);
  const formerOwners = new Map<string, string>();
  for (const role of allRoles) {
    checkCategory(ctx, role);
    checkParent(ctx, role);
    checkRelated(ctx, role);
    checkReading(ctx, role);
    checkUniqueTitle(ctx, role, titleOwners);
    checkFormerSlugs(ctx, role, formerOwners);
    const dates = datesOf(history, role.file, role.draft ?? false);
    checkRoleDatesAndLists(ctx, role, dates);
    // Warnings: things an editor should look at, which do not fail the build
    warnIfStale(ctx, role, dates);
    warnIfLongDescription(ctx, role);
    warnIfNoRelated(ctx, role);
  }
  checkParentCycles(ctx);
  checkCategoryFormerSlugs(ctx);
  const listedReading = new Set(content.roles.filter((r) => !r.draft).flatMap((r) => r.reading));
  for (const article of [...content.articles, ...sources.invalidArticles]) checkArticle(ctx, article, listedReading);
  checkSharedProse(
    content.roles.map((role) => ({
      slug: role.slug,
      file: role.file,
      fields: proseFields(role, sources.bodies.get(role.slug) ?? ""),
      report: reporterFor(role.file, sources.roles.get(role.slug), ctx.problems),
    })),
  );
  return ctx.problems;
}

/** Records a problem on a role or article file, at the line of `field`. */
function at(
  ctx: Context,
  kind: "roles" | "articles",
  slug: string,
  field: Field,
  message: string,
  severity: Problem["severity"] = "error",
): void {
  const source = ctx.sources[kind].get(slug);
  reporterFor(source?.file ?? `content/${kind}/${slug}.md`, source, ctx.problems)(field, message, severity);
}

// A reference to a file that exists but failed validation is reported on that file, not here.
function roleExists(ctx: Context, slug: string): boolean {
  return ctx.rolesBySlug.has(slug) || ctx.sources.roleFiles.has(slug);
}

function articleExists(ctx: Context, slug: string): boolean {
  return ctx.articlesBySlug.has(slug) || ctx.sources.articleFiles.has(slug);
}

/** A link to a role resolves (or names the slug it moved to) and, from a published page, is not to a draft. */
function checkRoleRef(ctx: Context, from: RoleFields | ArticleFields, kind: "roles" | "articles", field: Field, slug: string, what: string): void {
  if (!roleExists(ctx, slug)) {
    const current = ctx.renamed.get(slug);
    at(
      ctx,
      kind,
      from.slug,
      field,
      current
        ? `"${slug}" is a former slug of content/roles/${current}.md: link to "${current}" instead`
        : `no role "${slug}" exists (expected a file content/roles/${slug}.md)${didYouMean(slug, ctx.sources.roleFiles)}`,
    );
    return;
  }
  const target = ctx.rolesBySlug.get(slug);
  if (target?.draft && !from.draft) at(ctx, kind, from.slug, field, `${what} "${slug}" is a draft: a published page must not link to it`);
}

/** Not checkable when categories.yml itself is missing or broken: that is reported there. */
function checkCategory(ctx: Context, role: RoleFields): void {
  const categorySlugs = ctx.sources.categorySlugs;
  if (categorySlugs && role.category !== undefined && !categorySlugs.has(role.category)) {
    at(ctx, "roles", role.slug, ["category"], `no category "${role.category}" in content/categories.yml; expected one of ${[...categorySlugs].join(" | ")}${didYouMean(role.category, categorySlugs)}`);
  }
}

function checkParent(ctx: Context, role: RoleFields): void {
  if (role.parent === undefined) return;
  if (role.parent === role.slug) at(ctx, "roles", role.slug, ["parent"], "a role cannot be its own parent");
  else checkRoleRef(ctx, role, "roles", ["parent"], role.parent, "parent role");
}

function checkRelated(ctx: Context, role: RoleFields): void {
  const seen = new Set<string>();
  role.related?.forEach((slug, i) => {
    if (slug === role.slug) at(ctx, "roles", role.slug, ["related", i], "a role cannot be related to itself");
    else if (seen.has(slug)) at(ctx, "roles", role.slug, ["related", i], `"${slug}" is listed twice`);
    else checkRoleRef(ctx, role, "roles", ["related", i], slug, "related role");
    seen.add(slug);
  });
}

function checkReading(ctx: Context, role: RoleFields): void {
  role.reading?.forEach((slug, i) => {
    if (!articleExists(ctx, slug)) {
      at(ctx, "roles", role.slug, ["reading", i], `no article "${slug}" exists (expected content/articles/${slug}.md)${didYouMean(slug, ctx.articlesBySlug.keys())}`);
    } else if (ctx.articlesBySlug.get(slug)?.draft && !role.draft) {
      at(ctx, "roles", role.slug, ["reading", i], `article "${slug}" is a draft: a published page must not link to it`);
    }
  });
}

/** Lower-cased title → the slugs of the roles that use it. */
function ownersByTitle(roles: RoleFields[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const role of roles) {
    if (role.title !== undefined) owners.set(role.title.toLowerCase(), [...(owners.get(role.title.toLowerCase()) ?? []), role.slug]);
  }
  return owners;
}

/** Titles are unique (they are page headings and search results); each file names the others. */
function checkUniqueTitle(ctx: Context, role: RoleFields, titleOwners: Map<string, string[]>): void {
  const others = role.title === undefined ? [] : (titleOwners.get(role.title.toLowerCase()) ?? []).filter((s) => s !== role.slug);
  if (others.length) at(ctx, "roles", role.slug, ["title"], `the title "${role.title}" is also used by ${others.map((s) => `content/roles/${s}.md`).join(", ")}`);
}

/** Former slugs redirect, so they must not shadow live pages or each other; `owners` fills as roles are checked. */
function checkFormerSlugs(ctx: Context, role: RoleFields, owners: Map<string, string>): void {
  role.formerSlugs?.forEach((former, i) => {
    if (roleExists(ctx, former)) {
      at(ctx, "roles", role.slug, ["formerSlugs", i], `former slug "${former}" is the slug of a live role (content/roles/${former}.md); a redirect would hide it`);
    } else if (owners.has(former)) {
      at(ctx, "roles", role.slug, ["formerSlugs", i], `former slug "${former}" is also claimed by content/roles/${owners.get(former)}.md`);
    } else {
      owners.set(former, role.slug);
    }
  });
}

/** The changelog and sources against the file's dates in git, and the lists that must not be padded. */
function checkRoleDatesAndLists(ctx: Context, role: RoleFields, dates: FileDates | undefined): void {
  const report = reporterFor(role.file, ctx.sources.roles.get(role.slug), ctx.problems);
  if (role.changelog) checkChangelog(role.changelog, dates, ctx.history.today, report);
  if (role.sources) checkSources(role.sources, dates, ctx.history.today, report, "profile");
  checkShortLists(role, report);
}

function warnIfStale(ctx: Context, role: RoleFields, dates: FileDates | undefined): void {
  if (!dates?.updated || dates.uncommitted) return;
  const ageDays = (Date.parse(`${ctx.history.today}T00:00:00Z`) - Date.parse(`${dates.updated}T00:00:00Z`)) / 86_400_000;
  if (ageDays > STALE_AFTER_DAYS) at(ctx, "roles", role.slug, ["title"], `not changed for ${Math.floor(ageDays)} days (last commit ${dates.updated}): review the profile`, "warning");
}

function warnIfLongDescription(ctx: Context, role: RoleFields): void {
  if (role.description !== undefined && role.description.length > DESCRIPTION_SOFT_MAX) {
    at(ctx, "roles", role.slug, ["description"], `${role.description.length} characters: search results cut descriptions after about ${DESCRIPTION_SOFT_MAX}`, "warning");
  }
}

function warnIfNoRelated(ctx: Context, role: RoleFields): void {
  if (role.related?.length === 0) at(ctx, "roles", role.slug, ["related"], "no related roles: readers leave the page with nowhere to go", "warning");
}

/** Follows each parent chain; a revisit means a cycle, reported once, on its first file. */
function checkParentCycles(ctx: Context): void {
  const reported = new Set<string>();
  for (const role of ctx.content.roles) {
    const chain: string[] = [role.slug];
    let current = role.parent ? ctx.rolesBySlug.get(role.parent) : undefined;
    while (current && current.slug !== role.slug && !chain.includes(current.slug)) {
      chain.push(current.slug);
      current = current.parent ? ctx.rolesBySlug.get(current.parent) : undefined;
    }
    if (current && current.slug === role.slug && role.parent !== role.slug) {
      const key = [...chain].sort().join(",");
      if (!reported.has(key)) {
        reported.add(key);
        at(ctx, "roles", role.slug, ["parent"], `parent chain loops: ${[...chain, role.slug].join(" → ")}`);
      }
    }
  }
}

/** Former category slugs redirect: they must not shadow a live category or be claimed twice. */
function checkCategoryFormerSlugs(ctx: Context): void {
  const owners = new Map<string, string>();
  for (const category of ctx.content.categories) {
    category.formerSlugs.forEach((former, i) => {
      const pos = ctx.sources.categories?.locate([category.slug, "formerSlugs", i]) ?? { line: 1, column: 1 };
      const problem = (message: string) => ctx.problems.push({ severity: "error", file: "content/categories.yml", ...pos, field: `${category.slug}.formerSlugs[${i}]`, message });
      if (ctx.sources.categorySlugs?.has(former)) problem(`former slug "${former}" is a live category; a redirect would hide it`);
      else if (owners.has(former)) problem(`former slug "${former}" is also claimed by category "${owners.get(former)}"`);
      else owners.set(former, category.slug);
    });
  }
}

/** An article's role links and sources; a published article no published role lists is an orphan. */
function checkArticle(ctx: Context, article: ArticleFields, listedReading: Set<string>): void {
  article.roles?.forEach((slug, i) => checkRoleRef(ctx, article, "articles", ["roles", i], slug, "role"));
  const report = reporterFor(article.file, ctx.sources.articles.get(article.slug), ctx.problems);
  if (article.sources) checkSources(article.sources, datesOf(ctx.history, article.file, article.draft ?? false), ctx.history.today, report, "article");
  if (article.draft === false && !listedReading.has(article.slug)) {
    at(ctx, "articles", article.slug, ["title"], "orphan article: no published role lists it under reading", "warning");
  }
}
