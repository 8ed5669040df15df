import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas, readSchemaDocs } from "@/scripts/generate-schema";

const ROOT = path.join(__dirname, "..", "..");
type Json = { type?: string; description?: string; properties?: Record<string, Json>; items?: Json; additionalProperties?: Json | boolean };

describe("JSON Schemas for editors' tools", () => {
  const built = buildJsonSchemas();

  it.each([...built.keys()])("%s is committed and matches lib/content/schema.ts (run `npm run schema` if not)", (file) => {
    const committed = fs.readFileSync(path.join(ROOT, file), "utf8");
    expect(committed).toBe(built.get(file));
  });

  it("describes every field with its JSDoc, so hover help never comes up empty", () => {
    const missing: string[] = [];
    const walk = (node: Json, at: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) missing.push(`${at}${key}`);
        walk(child, `${at}${key}.`);
        if (child.items) walk(child.items, `${at}${key}[].`);
      }
      if (node.additionalProperties && typeof node.additionalProperties === "object") walk(node.additionalProperties, `${at}*.`);
    };
    for (const [file, text] of built) walk(JSON.parse(text) as Json, `${file}: `);
    expect(missing).toEqual([]);
  });

  it("carries the rules editors need while typing", () => {
    const role = JSON.parse(built.get("schemas/role.schema.json")!) as Json & { additionalProperties: boolean; required: string[] };
    expect(role.additionalProperties).toBe(false);
    expect(role.required).toContain("title");
    expect(role.required).not.toContain("faq"); // has a default: optional to write
    const risk = role.properties!.risk!;
    expect(risk.properties!.level).toMatchObject({ enum: ["low", "medium", "high", "very-high"] });
    expect(risk.properties!.automatableShare!.description).toContain("low < 20 ≤ medium < 40 ≤ high < 60 ≤ very-high");
    expect(role.properties!.description).toMatchObject({ minLength: 50, maxLength: 200 });
  });

  it("reads JSDoc from the schema source, following named schemas", () => {
    const docs = readSchemaDocs(`
      /** A thing. */
      export const ThingSchema = z.strictObject({
        /** Its name. */
        name: z.string().min(1),
        /** Its parts. */
        parts: z.array(PartSchema).min(1),
      });
    `);
    expect(docs.get("ThingSchema")).toEqual({
      description: "A thing.",
      props: { name: { description: "Its name." }, parts: { description: "Its parts.", items: { ref: "PartSchema" } } },
    });
  });
});
