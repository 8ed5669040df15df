/**
 * `npm run schema [-- --check]`
 *
 * Writes JSON Schemas of the content files, generated from the zod schemas in `lib/content/schema.ts`, to
 * `schemas/`: editors' tools use them for completion, hover help and underlining wrong values. Every
 * field's description is its JSDoc in `lib/content/schema.ts`, so the help an editor sees is the documentation
 * the code carries. `--check` writes nothing and exits 1 if a committed file is out of date.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { z } from "zod";
import { ArticleFrontmatterSchema, CategoriesFileSchema, RoleFrontmatterSchema } from "../lib/content/schema";

type Json = { [key: string]: unknown };

/** What the JSDoc in `lib/content/schema.ts` says about a schema or a field, and about what it contains. */
type DocNode = {
  description?: string;
  /** A named schema the value is built from, e.g. `RiskSchema`. */
  ref?: string;
  props?: Record<string, DocNode>;
  items?: DocNode;
  values?: DocNode;
};

const SCHEMA_SOURCE = path.join(__dirname, "..", "lib", "content", "schema.ts");

function jsDocOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? "").join(" ");
  const clean = text.replace(/\s+/g, " ").trim();
  return clean || undefined;
}

/** Follows a zod expression (`z.array(X).min(3)`, `SlugSchema.optional()`…) to what it is built from. */
function docOfExpression(expr: ts.Expression): DocNode {
  if (ts.isIdentifier(expr)) return { ref: expr.text };
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
    const callee = expr.expression;
    const name = callee.name.text;
    const onZod = ts.isIdentifier(callee.expression) && callee.expression.text === "z";
    const [first, second] = expr.arguments;
    if (onZod && (name === "strictObject" || name === "object") && first && ts.isObjectLiteralExpression(first)) {
      const props: Record<string, DocNode> = {};
      for (const property of first.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        props[property.name.text] = { ...docOfExpression(property.initializer), description: jsDocOf(property) };
      }
      return { props };
    }
    if (onZod && name === "array" && first) return { items: docOfExpression(first) };
    if (onZod && name === "record" && second) return { values: docOfExpression(second) };
    if (!onZod) return docOfExpression(callee.expression); // .min(), .optional(), .superRefine()…
  }
  return {};
}

/** Every exported `XxxSchema` in `lib/content/schema.ts` with its JSDoc and its fields' JSDoc. */
export function readSchemaDocs(source = fs.readFileSync(SCHEMA_SOURCE, "utf8")): Map<string, DocNode> {
  const file = ts.createSourceFile("schema.ts", source, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, DocNode>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !declaration.name.text.endsWith("Schema")) continue;
      docs.set(declaration.name.text, { ...docOfExpression(declaration.initializer), description: jsDocOf(statement) });
    }
  }
  return docs;
}

/** Follows `ref`s to the named schema, keeping the field's own description over the schema's. */
function resolve(doc: DocNode | undefined, docs: Map<string, DocNode>, depth = 0): DocNode {
  if (!doc?.ref || depth > 10) return doc ?? {};
  const target = resolve(docs.get(doc.ref), docs, depth + 1);
  return { ...target, ref: undefined, description: doc.description ?? target.description };
}

/** Adds descriptions from `doc` to `schema` and to everything inside it. */
function describe(schema: Json, doc: DocNode | undefined, docs: Map<string, DocNode>): void {
  const resolved = resolve(doc, docs);
  if (resolved.description && schema.description === undefined) schema.description = resolved.description;
  const properties = schema.properties as Record<string, Json> | undefined;
  if (properties) for (const [key, value] of Object.entries(properties)) describe(value, resolved.props?.[key], docs);
  if (schema.items && typeof schema.items === "object") describe(schema.items as Json, resolved.items, docs);
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    describe(schema.additionalProperties as Json, resolved.values, docs);
  }
}

/** Orders keys so the committed files read naturally (`$schema`, `title`, `description` first). */
function ordered(schema: Json): Json {
  const { $schema, title, description, ...rest } = schema;
  return { $schema, title, description, ...rest };
}

type Output = { file: string; title: string; schema: z.ZodType; root: string };

const OUTPUTS: Output[] = [
  {
    file: "schemas/role.schema.json",
    title: "Role profile frontmatter (content/roles/<slug>.md)",
    schema: RoleFrontmatterSchema,
    root: "RoleFrontmatterSchema",
  },
  {
    file: "schemas/article.schema.json",
    title: "Article frontmatter (content/articles/<slug>.md)",
    schema: ArticleFrontmatterSchema,
    root: "ArticleFrontmatterSchema",
  },
  {
    file: "schemas/categories.schema.json",
    title: "Categories (content/categories.yml)",
    schema: CategoriesFileSchema,
    root: "CategoriesFileSchema",
  },
];

/** The generated files: repository-relative path → file text. */
export function buildJsonSchemas(): Map<string, string> {
  const docs = readSchemaDocs();
  const out = new Map<string, string>();
  for (const { file, title, schema, root } of OUTPUTS) {
    // Note: `io: "input"` describes what an editor writes (fields with defaults are optional); draft-07 is
    // the version every YAML language server understands.
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-07", unrepresentable: "any" }) as Json;
    describe(json, { ref: root }, docs);
    const text = JSON.stringify(ordered({ ...json, title }), null, 2);
    out.set(file, `${text}\n`);
  }
  return out;
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith("generate-schema")) {
  const root = path.join(__dirname, "..");
  const check = process.argv.includes("--check");
  let stale = 0;
  let written = 0;
  for (const [file, text] of buildJsonSchemas()) {
    const full = path.join(root, file);
    const current = fs.existsSync(full) ? fs.readFileSync(full, "utf8") : undefined;
    if (current === text) continue;
    if (check) {
      console.error(`${file} is out of date: run \`npm run schema\` and commit the result.`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
      console.log(`wrote ${file}`);
      written++;
    }
  }
  if (stale === 0 && written === 0) console.log("The JSON Schemas in schemas/ are up to date with lib/content/schema.ts.");
  process.exit(stale ? 1 : 0);
}
