import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knownKeysAt } from "@/lib/content/issues";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";
import { RoleFrontmatterSchema } from "@/lib/content/schema";

const ROOT = path.join(__dirname, "..", "..");
const guide = fs.readFileSync(path.join(ROOT, "CONTRIBUTING.md"), "utf8");

describe("CONTRIBUTING.md stays in step with the schema and the method", () => {
  it("explains every field of a role profile", () => {
    const fields = [
      ...knownKeysAt(RoleFrontmatterSchema, []),
      ...["risk", "outlook", "skills"].flatMap((group) =>
        knownKeysAt(RoleFrontmatterSchema, [group]).map((key) => (group === "risk" ? key : `${group}.${key}`)),
      ),
    ];
    const missing = fields.filter((field) => !guide.includes(`\`${field}\``) && !guide.includes(`  ${field}:`));
    expect(missing).toEqual([]);
  });

  it("gives the band thresholds the check enforces", () => {
    for (const level of RISK_LEVELS) {
      const band = RISK_BANDS[level];
      expect(guide).toContain(`| ${band.min}–${Math.min(band.max - 1, 100)} | \`${level}\` |`);
    }
  });

  it("links files that exist", () => {
    const links = [...guide.matchAll(/\]\(((?!https?:|#)[^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(fs.existsSync(path.join(ROOT, link)), link).toBe(true);
  });

  it("documents the npm scripts it tells editors to run", () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const name of [...guide.matchAll(/npm run ([a-z-]+)/g)].map((m) => m[1]!)) expect(scripts, name).toHaveProperty(name);
  });
});
