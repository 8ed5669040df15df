import fs from "node:fs";
import path from "node:path";
import { loadResearchOnce } from "../research/load";
import { loadContent, type Article, type Category, type Content, type Role } from "./load";
import { ContentError } from "../check/problems";
import { contentRoot } from "../check/root";

export type { Article, Category, Role } from "./types";
export type { Problem } from "../check/problems";

/*
 * The one module pages use. Content is read and validated once per process (once per build worker)
 * and any error stops the build with the same messages `npm run check-content` prints.
 */
let cache: { content: Content; stamp: string } | undefined;

/**
 * Note: in `next dev` an editor changes a file and reloads the preview, so the cache must notice. The
 * stamp (names, sizes and modification times of the content files: a few dozen `stat` calls) is compared
 * on each read in development; a production build reads the content once.
 */
function contentStamp(root: string): string {
  if (process.env.NODE_ENV !== "development") return "";
  const parts: string[] = [];
  for (const dir of ["content/roles", "content/articles", "content"]) {
    const full = path.join(/*turbopackIgnore: true*/ root, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full)) {
      const stat = fs.statSync(path.join(/*turbopackIgnore: true*/ full, name));
      if (stat.isFile()) parts.push(`${dir}/${name}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts.join("|");
}

/**
 * Note: drafts are visible in `next dev` (with a banner) so editors can preview them, and never in a
 * production build. `CONTENT_DRAFTS=1` forces them on, e.g. for a preview deployment.
 */
export function draftsVisible(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "development" || env.CONTENT_DRAFTS === "1";
}

/**
 * The content the site shows: without drafts, nothing is left that is a draft or points at one (the check
 * already refuses a published page that links to a draft), so lists, family links, static params and
 * the sitemap built from it never mention a draft.
 */
export function selectVisible(content: Content, showDrafts: boolean): Content {
  if (showDrafts) return content;
  return {
    ...content,
    roles: content.roles.filter((r) => !r.draft),
    articles: content.articles.filter((a) => !a.draft),
  };
}

export function getContent(): Content {
  const root = contentRoot();
  const stamp = contentStamp(root);
  if (cache && cache.stamp === stamp) return cache.content;
  const loaded = loadContent(root, { research: loadResearchOnce(root) });
  if (loaded.problems.some((p) => p.severity === "error")) throw new ContentError(loaded.problems);
  const { sources: _sources, ...content } = loaded;
  cache = { content: selectVisible(content, draftsVisible()), stamp };
  return cache.content;
}

export function getAllRoles(): Role[] {
  return getContent().roles;
}

export function getRole(slug: string): Role | undefined {
  return getAllRoles().find((r) => r.slug === slug);
}

export function getAllArticles(): Article[] {
  return getContent().articles;
}

export function getArticle(slug: string): Article | undefined {
  return getAllArticles().find((a) => a.slug === slug);
}

export function getCategories(): Category[] {
  return getContent().categories;
}

export function getCategory(slug: string): Category | undefined {
  return getCategories().find((c) => c.slug === slug);
}

/** The role's parent, its sibling specialisations and its children, for the links section. */
export function getFamily(role: Role): { parent?: Role; siblings: Role[]; children: Role[] } {
  const roles = getAllRoles();
  const parent = role.parent ? roles.find((r) => r.slug === role.parent) : undefined;
  const siblings = parent ? roles.filter((r) => r.parent === parent.slug && r.slug !== role.slug) : [];
  const children = roles.filter((r) => r.parent === role.slug);
  return { parent, siblings, children };
}
