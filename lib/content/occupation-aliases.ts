import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Research } from "../research/types";
import type { Problem } from "../check/problems";
import { issuesToProblems } from "./issues";
import { OnetCodeSchema } from "./schema";
import { parseYamlSource, type YamlSource } from "./source";

/*
 * Everyday names for the occupation data pages (`content/occupation-aliases.yml`): what people type for a
 * job whose official O*NET title they would not ("truck driver" for Heavy and Tractor-Trailer Truck
 * Drivers, "CNA" for Nursing Assistants). Search matches them like titles. Checked like the profiles.
 */

export const OCCUPATION_ALIASES_FILE = "content/occupation-aliases.yml";

/** One everyday name: lower case, 2–60 characters. */
export const OccupationAliasSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .refine((name) => name === name.toLowerCase(), { error: "expected lower case (search ignores case; the file keeps one spelling)" });

/** The whole file: an O*NET-SOC code → the everyday names of that occupation. */
export const OccupationAliasesFileSchema = z.record(OnetCodeSchema, z.array(OccupationAliasSchema).min(1));

export type OccupationAliases = ReadonlyMap<string, readonly string[]>;

/**
 * Reads and checks the file: every code is an occupation in the research data, no name is its own
 * occupation's title, and no name is listed twice — in one entry or under two codes (a name means one job;
 * give it to the one most people mean). Every problem comes back at once, on its line.
 */
export function loadOccupationAliases(rootDir: string, research: Research | undefined): { aliases: OccupationAliases; problems: Problem[] } {
  const full = path.join(/*turbopackIgnore: true*/ rootDir, OCCUPATION_ALIASES_FILE);
  const aliases = new Map<string, string[]>();
  if (!fs.existsSync(full)) return { aliases, problems: [] };
  const parsed = parseYamlSource(OCCUPATION_ALIASES_FILE, fs.readFileSync(full, "utf8"));
  if (parsed.problems.length > 0) return { aliases, problems: parsed.problems };
  const result = OccupationAliasesFileSchema.safeParse(parsed.source.data);
  if (!result.success) return { aliases, problems: issuesToProblems(result.error.issues, parsed.source, OccupationAliasesFileSchema) };
  const problems = checkOccupationAliases(result.data, parsed.source, research);
  for (const [code, names] of Object.entries(result.data)) aliases.set(code, names);
  return { aliases, problems };
}

function checkOccupationAliases(data: Record<string, string[]>, source: YamlSource, research: Research | undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (pathTo: (string | number)[], message: string) =>
    problems.push({ severity: "error", file: OCCUPATION_ALIASES_FILE, ...source.locate(pathTo), field: pathTo.join(".").replace(/\.(\d+)/g, "[$1]"), message });
  const owner = new Map<string, string>();
  for (const [code, names] of Object.entries(data)) {
    const occupation = research?.byCode.get(code);
    if (research && !occupation) at([code], `no occupation ${code} in the research data (content/data/gpts-are-gpts/occ_level.csv)`);
    names.forEach((name, i) => {
      if (occupation && name === occupation.title.toLowerCase()) at([code, i], `"${name}" is the occupation's own title: search finds it already`);
      const first = owner.get(name);
      if (first === code) at([code, i], `"${name}" is listed twice`);
      else if (first) at([code, i], `"${name}" is also a name of ${first}: a name means one job, so keep it where most people mean it`);
      else owner.set(name, code);
    });
  }
  return problems;
}
