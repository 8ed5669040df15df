/**
 * `npm run new-role -- "Role title" [--parent slug] [--category slug] [--slug slug]`
 *
 * Creates `content/roles/<slug>.md` from `content/templates/role.md` with the title, parent, category and
 * dates filled in and every other field present and explained, as a draft. Refuses to overwrite a file,
 * checks `--parent` and `--category` against the existing content (with a "did you mean"), and prints the
 * next steps.
 */
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { didYouMean } from "../lib/check/problems";
import { RoleFrontmatterSchema, SlugSchema } from "../lib/content/schema";

export type NewRoleOptions = {
  /** The repository root (the folder holding `content/`). */
  root: string;
  title: string;
  parent?: string;
  /** Defaults to the parent's category. */
  category?: string;
  /** Defaults to the title in kebab-case. */
  slug?: string;
  template?: string;
};

export type NewRoleResult = { slug: string; file: string; nextSteps: string };

/** A refusal with the message an editor reads. */
export class NewRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NewRoleError";
  }
}

const DEFAULT_TEMPLATE = path.join(__dirname, "..", "content", "templates", "role.md");

/** "Software Developer — Backend / API" → "software-developer-backend-api". */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Replaces the value on the line `key: …` of the template; the line must exist. */
function setField(text: string, key: string, value: string): string {
  const pattern = new RegExp(`^${key}: .*$`, "m");
  if (!pattern.test(text)) throw new Error(`the template has no line "${key}:"`);
  return text.replace(pattern, `${key}: ${value}`);
}

export function createRole(options: NewRoleOptions): NewRoleResult {
  const title = options.title.trim().replace(/\s+/g, " ");
  const titleCheck = RoleFrontmatterSchema.shape.title.safeParse(title);
  if (!titleCheck.success) throw new NewRoleError(`The title must be 3–90 characters, got ${title.length}: "${title}".`);

  const slug = options.slug ?? slugify(title);
  if (!SlugSchema.safeParse(slug).success) {
    throw new NewRoleError(
      `"${slug}" is not a usable slug: use lower-case letters, digits and hyphens, e.g. --slug ${slugify(slug) || "my-role"}.`,
    );
  }
  const file = path.posix.join("content/roles", `${slug}.md`);
  const full = path.join(options.root, file);
  if (fs.existsSync(full)) {
    throw new NewRoleError(`${file} already exists: edit that file, or choose another title or --slug. Nothing was written.`);
  }

  // Note: the existing content decides what a valid parent and category are, and which slugs are taken.
  const content = loadContent(options.root);
  const roleSlugs = content.sources.roleFiles;
  const categorySlugs = content.sources.categorySlugs ?? new Set<string>();
  const former = content.roles.find((r) => r.formerSlugs.includes(slug));
  if (former) throw new NewRoleError(`"${slug}" is a former slug of ${former.file} (its old URL redirects there): choose another --slug.`);
  const sameTitle = content.roles.find((r) => r.title.toLowerCase() === title.toLowerCase());
  if (sameTitle) throw new NewRoleError(`The title "${title}" is already used by ${sameTitle.file}: titles must be unique.`);

  const parent = options.parent?.trim();
  if (parent !== undefined && !roleSlugs.has(parent)) {
    throw new NewRoleError(`--parent: no role "${parent}" in content/roles/${didYouMean(parent, roleSlugs)}\nNothing was written.`);
  }
  let category = options.category?.trim();
  if (category === undefined && parent !== undefined) category = content.roles.find((r) => r.slug === parent)?.category;
  if (category !== undefined && !categorySlugs.has(category)) {
    throw new NewRoleError(
      `--category: no category "${category}" in content/categories.yml${didYouMean(category, categorySlugs)}\nThe categories are: ${[...categorySlugs].join(", ")}.\nNothing was written.`,
    );
  }

  let text = fs.readFileSync(options.template ?? DEFAULT_TEMPLATE, "utf8");
  // The template's header comment is for people reading the template itself.
  text = text.replace(/^---\n(?:#.*\n)+\n/, "---\n");
  text = setField(text, "title", JSON.stringify(title));
  text = parent ? setField(text, "parent", parent) : text.replace(/^parent: .*$/m, "# parent: software-developer");
  if (category) text = setField(text, "category", category);

  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text, { flag: "wx" });

  const steps = [
    `Created ${file} as a draft (hidden from the site until you set draft: false).`,
    "",
    "Next steps:",
    `  1. Open ${file} and fill in every field; the comment above each one says what it needs.${category ? "" : `\n     category: is still empty: use one of ${[...categorySlugs].join(", ")}.`}`,
    "  2. Run `npm run check-content`: it lists every field still to fill, as file:line:column field — what is wrong.",
    `  3. Preview it: \`npm run dev\`, then open http://localhost:3000/roles/${slug} (a "Draft" banner shows it is unpublished).`,
    "  4. Set draft: false, run the check again until it passes, and open a pull request (CONTRIBUTING.md has the checklist).",
  ];
  return { slug, file, nextSteps: steps.join("\n") };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith("new-role")) {
  const flags = new Set(["--parent", "--category", "--slug", "--root"]);
  const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--") && !flags.has(all[i - 1] ?? ""));
  if (positional.length !== 1) {
    console.error('Usage: npm run new-role -- "Role title" [--parent slug] [--category slug] [--slug slug]');
    process.exit(2);
  }
  try {
    const result = createRole({
      root: path.resolve(argValue("--root") ?? process.cwd()),
      title: positional[0]!,
      parent: argValue("--parent"),
      category: argValue("--category"),
      slug: argValue("--slug"),
    });
    console.log(result.nextSteps);
  } catch (error) {
    if (!(error instanceof NewRoleError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
