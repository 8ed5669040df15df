import type { ArticleFrontmatter, CategoryData, RoleFrontmatter } from "./schema";
import type { Problem } from "../check/problems";
import type { YamlSource } from "./source";

/* The loaded content's types, in a module of their own so the loader and the checks it runs can share them. */

/**
 * Dates from the repository's history (lib/content/history.ts); absent when there is no history to
 * vouch for them (a tarball, a shallow clone), and then no page shows them.
 */
export type RepositoryDates = {
  /** First commit of the file, draft or not. */
  created?: string;
  /** First commit in which the file was not a draft (today for a file not yet committed). */
  published?: string;
  /** Last commit that changed the file (today when it has uncommitted changes). */
  updated?: string;
};

export type Role = RoleFrontmatter &
  RepositoryDates & {
    slug: string;
    /** Repository-relative path of the source file. */
    file: string;
    /** The narrative body, rendered and sanitised. */
    html: string;
  };

export type Article = ArticleFrontmatter & RepositoryDates & { slug: string; file: string; html: string };

export type Category = CategoryData & { slug: string };

export type Content = {
  /** Every valid role, drafts included, sorted by title. */
  roles: Role[];
  articles: Article[];
  categories: Category[];
  /** Everyday names of the occupation data pages (content/occupation-aliases.yml), by O*NET-SOC code. */
  occupationAliases: ReadonlyMap<string, readonly string[]>;
  problems: Problem[];
  /** Set when the repository's history is unavailable: why no dates are shown or checked. */
  historyNote?: string;
  /** The day the research data in content/data last changed, from the history. */
  dataUpdated?: string;
};

/** The fields of a file that failed validation which are valid on their own (see `parseValidFields`). */
export type RoleFields = Partial<RoleFrontmatter> & { slug: string; file: string };
export type ArticleFields = Partial<ArticleFrontmatter> & { slug: string; file: string };

/** Where each entity came from, so cross-file problems can point at the right line. */
export type Sources = {
  roles: Map<string, YamlSource>;
  articles: Map<string, YamlSource>;
  categories: YamlSource | undefined;
  /** Slugs of every role and article file with a valid name, even ones that failed validation. */
  roleFiles: Set<string>;
  articleFiles: Set<string>;
  /**
   * Files that failed validation, with their valid fields, so the cross-file rules (category, parent,
   * related…) report on them in the same run rather than after the first fix.
   */
  invalidRoles: RoleFields[];
  invalidArticles: ArticleFields[];
  /** The markdown body of each valid role, for the rules that compare prose. */
  bodies: Map<string, string>;
  /**
   * Slugs of the categories that are valid, even when `categories.yml` has errors elsewhere; undefined
   * when the file is missing or is not valid YAML, so roles' categories cannot be checked.
   */
  categorySlugs: Set<string> | undefined;
};

