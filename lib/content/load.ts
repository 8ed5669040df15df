import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { renderMarkdown } from "./markdown";
import { ArticleFrontmatterSchema, CategoriesFileSchema, CategorySchema, RoleFrontmatterSchema, SlugSchema } from "./schema";
import { loadResearch, type ResearchLoad } from "../research/load";
import { checkBody } from "./body";
import { checkCrossFile } from "./cross-check";
import { issuesToProblems } from "./issues";
import { datesOf, lastChangeUnder, readHistory, type History } from "./history";
import { loadOccupationAliases } from "./occupation-aliases";
import { checkResearchCodes } from "./research-check";
import { sortProblems, type Problem } from "../check/problems";
import { parseMarkdownSource, parseYamlSource, type YamlSource } from "./source";
import type { Article, Category, Content, RepositoryDates, Role, Sources } from "./types";

export type { Article, ArticleFields, Category, Content, RepositoryDates, Role, RoleFields, Sources } from "./types";

const KEBAB_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".md") && !name.startsWith("_"))
    .sort();
}

/**
 * Adds `html`, rendered on first read and then kept. Note: the content check never reads it, so
 * validating a large tree does not pay for markdown rendering; a build renders each body once.
 */
function withLazyHtml<T extends object>(entity: T, body: string): T & { html: string } {
  let html: string | undefined;
  return {
    ...entity,
    get html() {
      return (html ??= renderMarkdown(body));
    },
  };
}

/** One collator for every sort: stable across machines' default locales, and much faster than localeCompare. */
const byText = new Intl.Collator("en").compare;

type Entry<T> = { slug: string; file: string; data: T; body: string };

/** The repository dates of one file, or none when the history is unavailable. */
function repositoryDates(history: History, file: string, draft: boolean): RepositoryDates {
  const dates = datesOf(history, file, draft);
  return dates ? { created: dates.created, published: dates.published, updated: dates.updated } : {};
}

/** Each top-level field that passes its own schema (fields with defaults get them when absent). */
export function parseValidFields<S extends z.ZodObject>(schema: S, data: unknown): Partial<z.infer<S>> {
  const out: Record<string, unknown> = {};
  if (data === null || typeof data !== "object" || Array.isArray(data)) return out as Partial<z.infer<S>>;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const result = field.safeParse((data as Record<string, unknown>)[key]);
    if (result.success) out[key] = result.data;
  }
  return out as Partial<z.infer<S>>;
}

function loadCollection<S extends z.ZodObject>(
  rootDir: string,
  folder: string,
  schema: S,
  problems: Problem[],
  sources: Map<string, YamlSource>,
  files: Set<string>,
  invalid: (Partial<z.infer<S>> & { slug: string; file: string })[],
): Entry<z.infer<S>>[] {
  const entries: Entry<z.infer<S>>[] = [];
  for (const name of listMarkdown(path.join(/*turbopackIgnore: true*/ rootDir, folder))) {
    const file = path.posix.join(folder, name);
    const slug = name.replace(/\.md$/i, "");
    if (!KEBAB_FILE.test(name)) {
      problems.push({
        severity: "error",
        file,
        line: 1,
        column: 1,
        field: "(file name)",
        message: `file name must be lower-case kebab-case ending in .md (it becomes the URL), e.g. "${slug
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")}.md"`,
      });
      continue;
    }
    files.add(slug);
    const raw = fs.readFileSync(path.join(/*turbopackIgnore: true*/ rootDir, file), "utf8");
    const parsed = parseMarkdownSource(file, raw);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) continue;
    problems.push(...checkBody(file, parsed.body, parsed.bodyLine, folder.endsWith("roles") ? "profile" : "article"));
    sources.set(slug, parsed.source);
    const result = schema.safeParse(parsed.source.data);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, parsed.source, schema));
      invalid.push({ ...parseValidFields(schema, parsed.source.data), slug, file });
      continue;
    }
    entries.push({ slug, file, data: result.data, body: parsed.body });
  }
  return entries;
}

export type LoadContentOptions = {
  /** Research data already loaded for this root (the cached loader passes it, so it is parsed once). */
  research?: ResearchLoad;
  /** The date the stale-profile warning counts from (tests fix it); defaults to now. */
  today?: Date;
  /** The repository's history (tests pass their own); read from git under `rootDir` by default. */
  history?: History;
};

/**
 * Reads, validates and cross-checks every content file under `rootDir` (the folder holding
 * `content/`), including the research data in `content/data/` and the profiles' O*NET codes
 * against it. Never throws for bad content: every problem is returned, all at once.
 */
export function loadContent(rootDir: string = process.cwd(), options: LoadContentOptions = {}): Content & { sources: Sources } {
  const problems: Problem[] = [];
  const history = options.history ?? readHistory(rootDir, options.today);
  const sources: Sources = {
    roles: new Map(),
    articles: new Map(),
    categories: undefined,
    roleFiles: new Set(),
    articleFiles: new Set(),
    invalidRoles: [],
    invalidArticles: [],
    bodies: new Map(),
    categorySlugs: undefined,
  };

  const categories: Category[] = [];
  const categoriesFile = "content/categories.yml";
  const categoriesPath = path.join(/*turbopackIgnore: true*/ rootDir, categoriesFile);
  if (!fs.existsSync(categoriesPath)) {
    problems.push({ severity: "error", file: categoriesFile, line: 1, column: 1, field: "(file)", message: "the categories file is missing" });
  } else {
    const parsed = parseYamlSource(categoriesFile, fs.readFileSync(categoriesPath, "utf8").replace(/^\uFEFF/, ""));
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) {
      sources.categories = parsed.source;
      const result = CategoriesFileSchema.safeParse(parsed.source.data);
      if (result.success) {
        for (const [slug, data] of Object.entries(result.data)) categories.push({ slug, ...data });
        sources.categorySlugs = new Set(categories.map((c) => c.slug));
      } else {
        problems.push(...issuesToProblems(result.error.issues, parsed.source, CategoriesFileSchema));
        const data = parsed.source.data;
        const entries = data !== null && typeof data === "object" && !Array.isArray(data) ? Object.entries(data) : [];
        sources.categorySlugs = new Set(entries.filter(([slug, value]) => SlugSchema.safeParse(slug).success && CategorySchema.safeParse(value).success).map(([slug]) => slug));
      }
    }
  }

  const roles: Role[] = loadCollection(rootDir, "content/roles", RoleFrontmatterSchema, problems, sources.roles, sources.roleFiles, sources.invalidRoles)
    .map((e) => {
      sources.bodies.set(e.slug, e.body);
      return withLazyHtml({ ...e.data, ...repositoryDates(history, e.file, e.data.draft), slug: e.slug, file: e.file }, e.body);
    })
    .sort((a, b) => byText(a.title, b.title));
  const articles: Article[] = loadCollection(rootDir, "content/articles", ArticleFrontmatterSchema, problems, sources.articles, sources.articleFiles, sources.invalidArticles)
    .map((e) => withLazyHtml({ ...e.data, ...repositoryDates(history, e.file, e.data.draft), slug: e.slug, file: e.file }, e.body))
    .sort((a, b) => byText(b.published ?? "", a.published ?? "") || byText(a.title, b.title));

  const hasEntries = (dir: string) => listMarkdown(path.join(/*turbopackIgnore: true*/ rootDir, dir)).length > 0;
  if (!hasEntries("content/roles")) {
    problems.push({ severity: "error", file: "content/roles", line: 1, column: 1, field: "(folder)", message: "no role profiles found" });
  }

  problems.push(...checkCrossFile({ roles, articles, categories }, sources, history));
  const research = options.research ?? loadResearch(rootDir);
  problems.push(...research.problems);
  if (research.research) problems.push(...checkResearchCodes(roles, sources, research.research));
  const occupationAliases = loadOccupationAliases(rootDir, research.research);
  problems.push(...occupationAliases.problems);
  return {
    roles,
    articles,
    categories,
    occupationAliases: occupationAliases.aliases,
    problems: sortProblems(problems),
    sources,
    historyNote: history.available ? undefined : history.reason,
    dataUpdated: lastChangeUnder(history, "content/data"),
  };
}
