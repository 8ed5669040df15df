import fs from "node:fs";
import path from "node:path";
import type { AnswerProfile } from "../assessment/params";

/*
 * What proxy.ts needs to know about the content to answer a bad address before routing: the role
 * slugs, the category slugs, and each role's answer fields (for the assessment and plan queries).
 * `npm run build` writes it from the content (scripts/build-deploy.ts) into the build output, so the
 * proxy reads one small file instead of loading the content and research pipeline.
 */

export type RequestCatalog = {
  roles: Record<string, AnswerProfile>;
  categories: string[];
};

export const CATALOG_FILE = "request-catalog.json";

/** The catalog of the published roles and the categories. */
export function buildRequestCatalog(
  roles: readonly (AnswerProfile & { slug: string })[],
  categories: readonly { slug: string }[],
): RequestCatalog {
  return {
    roles: Object.fromEntries(
      roles.map((r) => [
        r.slug,
        {
          automating: r.automating.map((t) => ({ task: t.task })),
          augmenting: r.augmenting.map((t) => ({ task: t.task })),
          skills: { aiTools: r.skills.aiTools.map((t) => ({ name: t.name })) },
        },
      ]),
    ),
    categories: categories.map((c) => c.slug),
  };
}

/** The build's catalog, or null when there is none (`next dev`, before a build). */
export function readRequestCatalog(distDir: string = process.env.NEXT_DIST_DIR ?? ".next"): RequestCatalog | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), distDir, CATALOG_FILE), "utf8")) as RequestCatalog;
  } catch {
    return null;
  }
}
