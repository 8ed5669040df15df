/**
 * `npx tsx scripts/gen-synthetic-content.ts [--count 1000] [--out DIR]`
 *
 * Writes a valid content tree of N synthetic role profiles (plus articles, the real categories and the
 * research data) into a temporary folder and prints the folder: `npm run check-content -- --root DIR` checks
 * it, and `CONTENT_ROOT=DIR next build` builds it. Used to measure the content check and the build at scale;
 * the output is never committed.
 *
 * Note: each profile is a real profile from `content/` with its identity, family and dates rewritten, so
 * the generated tree keeps up with the schema as fields are added to the real content.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { splitFrontmatter } from "../lib/content/source";
import { bandForShare } from "../lib/content/risk";

export type SyntheticOptions = {
  /** How many role profiles to write. */
  count: number;
  /** The folder to write into (it gets a `content/` folder); a new temporary folder if omitted. */
  outDir?: string;
  /** The repository whose `content/` provides the base profile, article and categories. */
  sourceRoot?: string;
  /** The date used as `updated` (YYYY-MM-DD), so no profile is stale; defaults to today. */
  today?: string;
};

const BASE_ROLE = "content/roles/software-developer-backend-api.md";

const FIELDS = [
  "Clinical",
  "Retail",
  "Logistics",
  "Insurance",
  "Public Sector",
  "Energy",
  "Media",
  "Hospitality",
  "Banking",
  "Construction",
];
const JOBS = [
  "Analyst",
  "Coordinator",
  "Specialist",
  "Technician",
  "Consultant",
  "Administrator",
  "Planner",
  "Designer",
  "Manager",
  "Officer",
];

function readFrontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const split = splitFrontmatter(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  if (typeof split === "string") throw new Error(`${file}: ${split}`);
  // YAML 1.2, as the loader reads it: dates stay strings.
  return { data: parse(split.matter) as Record<string, unknown>, body: split.body };
}

function writeMarkdown(file: string, data: Record<string, unknown>, body: string): void {
  fs.writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
}

/**
 * The base profile's prose made this profile's own: a word naming the profile after every eighth word of
 * every text, so no twelve-word run is shared between profiles (the check warns on one) while the texts
 * keep the real profile's lengths. Citations and slugs are left as they are.
 */
function ownWords(value: unknown, i: number, key = ""): unknown {
  if (typeof value === "string") {
    if (["url", "date", "accessed", "level"].includes(key) || !/\s/.test(value)) return value;
    return value.replace(/(\S+\s+){8}/g, (run) => `${run}s${i} `);
  }
  if (Array.isArray(value)) return value.map((v) => ownWords(v, i, key));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "sources" ? v : ownWords(v, i, k)]));
  return value;
}

/** Writes the tree and returns its root (the folder holding `content/`). */
export function generateSyntheticContent(options: SyntheticOptions): string {
  const { count } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const sourceRoot = options.sourceRoot ?? process.cwd();
  const root = options.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "rc-synthetic-"));
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  const rolesDir = path.join(root, "content", "roles");
  const articlesDir = path.join(root, "content", "articles");
  fs.mkdirSync(rolesDir, { recursive: true });
  fs.mkdirSync(articlesDir, { recursive: true });

  // The research data the profiles' O*NET codes and task IDs are checked against, as shipped.
  const dataDir = path.join(sourceRoot, "content", "data");
  if (fs.existsSync(dataDir)) fs.cpSync(dataDir, path.join(root, "content", "data"), { recursive: true });

  const categoriesText = fs.readFileSync(path.join(sourceRoot, "content", "categories.yml"), "utf8");
  fs.writeFileSync(path.join(root, "content", "categories.yml"), categoriesText);
  const categories = Object.keys(parse(categoriesText) as Record<string, unknown>);

  const baseRole = readFrontmatter(path.join(sourceRoot, BASE_ROLE));
  const articleNames = fs
    .readdirSync(path.join(sourceRoot, "content", "articles"))
    .filter((n) => n.endsWith(".md"))
    .sort();
  const baseArticle = readFrontmatter(path.join(sourceRoot, "content", "articles", articleNames[0]!));

  const slugOf = (i: number) => `synthetic-role-${String(i).padStart(5, "0")}`;
  const titleOf = (i: number) => `${FIELDS[i % FIELDS.length]} ${JOBS[Math.floor(i / FIELDS.length) % JOBS.length]} ${i}`;
  const articleCount = Math.max(1, Math.ceil(count / 20));
  const articleSlugOf = (i: number) => `synthetic-article-${String(i).padStart(4, "0")}`;

  for (let i = 0; i < count; i++) {
    // Every tenth role is a top-level role; the nine after it specialise it.
    const parentIndex = i - (i % 10);
    const related = [...new Set([(i + 1) % count, (i + 7) % count, (i + 13) % count])].filter((j) => j !== i).map(slugOf);
    const share = (i * 7) % 101;
    const title = titleOf(i);
    const risk = ownWords(baseRole.data.risk, i) as Record<string, unknown>;
    const data: Record<string, unknown> = {
      ...(ownWords(baseRole.data, i) as Record<string, unknown>),
      title,
      ...(parentIndex !== i ? { parent: slugOf(parentIndex) } : {}),
      category: categories[i % categories.length],
      aliases: [`${title.toLowerCase()} role`, `synthetic ${i}`],
      description: ownWords(`How AI is changing ${title} work: which tasks are automated, which are augmented, and what to learn next.`, i),
      risk: { ...risk, level: bandForShare(share), automatableShare: share },
      related,
      reading: [articleSlugOf(i % articleCount)],
      formerSlugs: [],
      changelog: [{ date: today, summary: `Reviewed the ${title} profile against this quarter's tools.` }],
      draft: false,
    };
    if (parentIndex === i) delete data.parent;
    writeMarkdown(path.join(rolesDir, `${slugOf(i)}.md`), data, ownWords(baseRole.body, i) as string);
  }

  for (let a = 0; a < articleCount; a++) {
    const data: Record<string, unknown> = {
      ...baseArticle.data,
      title: `Synthetic article number ${a}`,
      roles: [slugOf(a % count)],
      draft: false,
    };
    writeMarkdown(path.join(articlesDir, `${articleSlugOf(a)}.md`), data, baseArticle.body);
  }
  return root;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith("gen-synthetic-content")) {
  const count = Number(argValue("--count") ?? 1000);
  const out = argValue("--out");
  if (out) fs.mkdirSync(out, { recursive: true });
  const root = generateSyntheticContent({ count, outDir: out ? path.resolve(out) : undefined });
  console.log(root);
}
