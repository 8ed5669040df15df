import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { knownKeysAt } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/check/problems";
import { splitFrontmatter } from "@/lib/content/source";
import { RoleFrontmatterSchema } from "@/lib/content/schema";
import { createRole, NewRoleError, slugify } from "@/scripts/new-role";
import { makeTree } from "./helpers/content-tree";

const TODAY = "2026-11-25";

function frontmatterOf(file: string): Record<string, unknown> {
  const split = splitFrontmatter(fs.readFileSync(file, "utf8"));
  if (typeof split === "string") throw new Error(split);
  return parse(split.matter) as Record<string, unknown>;
}

function problemsIn(root: string, file: string): string[] {
  return loadContent(root, { today: new Date(`${TODAY}T00:00:00Z`) })
    .problems.filter((p) => p.file === file)
    .map(formatProblem);
}

describe("slugify", () => {
  it.each([
    ["Software Developer — Backend / API", "software-developer-backend-api"],
    ["Café Owner", "cafe-owner"],
    ["  HR & Payroll Specialist  ", "hr-and-payroll-specialist"],
    ["C++ Developer", "c-developer"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe("the role template", () => {
  it("has every field of the schema, in every group", () => {
    const template = path.join(__dirname, "..", "..", "content", "templates", "role.md");
    const data = frontmatterOf(template);
    // The notes a profile writes only when it needs them are in the template as comments, ready to uncomment.
    const commented = [...fs.readFileSync(template, "utf8").matchAll(/^ *# (\w+): ""$/gm)].map((m) => m[1]);
    expect(commented).toEqual(["automatingNote", "aiToolsNote", "researchNote"]);
    const keys = (found: string[], group: string[]) => found.concat(commented.filter((k) => group.includes(k!)) as string[]).sort();
    const all = knownKeysAt(RoleFrontmatterSchema, []);
    expect(keys(Object.keys(data), all)).toEqual([...all].sort());
    for (const group of ["risk", "outlook", "skills"]) {
      const fields = knownKeysAt(RoleFrontmatterSchema, [group]);
      expect(keys(Object.keys(data[group] as object), fields), group).toEqual([...fields].sort());
    }
  });
});

describe("createRole", () => {
  it("writes a draft with the title, parent and category filled in (its dates come from git), and the check lists what is left", () => {
    const root = makeTree();
    const result = createRole({ root, title: "Software Developer — Game Engines", parent: "software-developer" });
    expect(result.slug).toBe("software-developer-game-engines");
    expect(result.file).toBe("content/roles/software-developer-game-engines.md");
    const data = frontmatterOf(path.join(root, result.file));
    expect(data).toMatchObject({
      title: "Software Developer — Game Engines",
      parent: "software-developer",
      // The parent's category, as no --category was given.
      category: "technology",
      changelog: [],
      draft: true,
    });
    expect(problemsIn(root, result.file)).toMatchInlineSnapshot(`
      [
        "content/roles/software-developer-game-engines.md:12:1 aliases — is empty: expected at least 1 item",
        "content/roles/software-developer-game-engines.md:16:1 onet — is empty: expected at least 1 item",
        "content/roles/software-developer-game-engines.md:19:1 description — is empty: expected at least 50 characters",
        "content/roles/software-developer-game-engines.md:24:3 risk.level — is empty: expected one of low | medium | high | very-high",
        "content/roles/software-developer-game-engines.md:27:3 risk.automatableShare — is empty: expected a number",
        "content/roles/software-developer-game-engines.md:29:3 risk.reason — is empty: expected at least 20 characters",
        "content/roles/software-developer-game-engines.md:35:1 automating — is empty: expected at least 3 tasks AI does end to end (at least 1, with automatingNote saying why this job has fewer)",
        "content/roles/software-developer-game-engines.md:43:1 augmenting — is empty: expected at least 3 items",
        "content/roles/software-developer-game-engines.md:47:3 outlook.near — is empty: expected at least 80 characters",
        "content/roles/software-developer-game-engines.md:49:3 outlook.far — is empty: expected at least 80 characters",
        "content/roles/software-developer-game-engines.md:59:3 skills.technical — is empty: expected at least 3 items",
        "content/roles/software-developer-game-engines.md:61:3 skills.human — is empty: expected at least 3 items",
        "content/roles/software-developer-game-engines.md:64:1 positioning — is empty: expected at least 100 characters",
        "content/roles/software-developer-game-engines.md:71:1 related — no related roles: readers leave the page with nowhere to go (warning)",
        "content/roles/software-developer-game-engines.md:88:1 sources — is empty: expected at least 2 items",
        "content/roles/software-developer-game-engines.md:104:1 (body) — the profile has no body: below the closing \`---\`, write 2–4 paragraphs on how AI is changing this role",
      ]
    `);
    expect(result.nextSteps).toContain("npm run check-content");
    expect(result.nextSteps).toContain("http://localhost:3000/roles/software-developer-game-engines");
  });

  it("becomes a valid profile once every field is filled in as the comments say", () => {
    const root = makeTree();
    const { file } = createRole({ root, title: "Game Developer", category: "technology" });
    const full = path.join(root, file);
    const filled = fs
      .readFileSync(full, "utf8")
      .replace("aliases: []", "aliases:\n  - game programmer\n  - gameplay engineer")
      .replace("onet: []", "onet:\n  - 15-1252.00")
      .replace(
        'description: ""',
        'description: "How AI is changing game development: what assistants already write, what still needs a developer, and the skills to learn next."',
      )
      .replace('level: ""', "level: medium")
      .replace("automatableShare: null", "automatableShare: 28")
      .replace(
        'reason: ""',
        "reason: Assistants write gameplay boilerplate and tests, but feel, performance and design judgement stay with developers.",
      )
      .replace(
        "automating: []",
        `automating:\n${["Boilerplate gameplay scripts", "Unit tests for game systems", "Shader variants from examples"].map((t) => `  - task: ${t}\n    detail: Coding assistants draft this from a short description; a developer reviews the result.`).join("\n")}`,
      )
      .replace(
        "augmenting: []",
        `augmenting:\n${["Performance profiling", "Level scripting", "Multiplayer netcode"].map((t) => `  - task: ${t} work\n    ai: suggests likely causes and changes\n    human: deciding what the game needs and shipping it`).join("\n")}`,
      )
      .replace(
        'near: ""',
        "near: Assistants take over routine gameplay and tooling code over the next two years, and studios expect faster prototypes.",
      )
      .replace(
        'far: ""',
        "far: Three to five years out, agents build whole prototypes from a design document, and developers focus on feel, performance and integration.",
      )
      .replace(
        "aiTools: []",
        "aiTools:\n    - name: GitHub Copilot\n      use: Completing gameplay code in the editor.\n    - name: Claude Code\n      use: Planning and drafting larger changes across a codebase.",
      )
      .replace("technical: []", "technical:\n    - Engine architecture\n    - Graphics programming\n    - Profiling and optimisation")
      .replace("human: []", "human:\n    - Giving design feedback\n    - Working with artists\n    - Reviewing generated code")
      .replace(
        'positioning: ""',
        "positioning: Become the developer who makes a game feel right and run fast on real hardware, and who can turn a generated prototype into a shippable feature.",
      )
      .replace("related: []", "related:\n  - software-developer-backend-api")
      .replace(
        "sources: []",
        "sources:\n  - title: Unity AI documentation\n    url: https://docs.unity.com/ai\n    publisher: Unity\n    year: 2026\n    accessed: 2026-11-25\n    supports: what Unity's assistant does in the editor\n  - title: Game Developer Conference State of the Industry\n    url: https://gdconf.com/state-of-the-industry\n    publisher: GDC\n    year: 2026\n    accessed: 2026-11-25\n    supports: how many studios use generative AI",
      )
      .replace(
        '# researchNote: ""',
        "researchNote: Game developers' O*NET tasks are the software developers', which the exposure scores rate as speedable almost throughout; feel, performance and design stay with the developer.",
      )
      .replace("draft: true", "draft: false")
      .replace(/<!--[\s\S]*?-->/, "Game development is changing fast. Assistants now write much of the routine code.");
    fs.writeFileSync(full, filled);
    expect(problemsIn(root, file)).toEqual([]);
  });

  it("comments out parent for a top-level role and keeps the category placeholder when none is given", () => {
    const root = makeTree();
    const result = createRole({ root, title: "Game Designer" });
    const text = fs.readFileSync(path.join(root, result.file), "utf8");
    expect(text).toContain("\n# parent: software-developer\n");
    expect(text).toContain('\ncategory: ""\n');
    expect(result.nextSteps).toContain("category: is still empty: use one of technology, customer-service");
  });

  it("refuses to overwrite an existing file", () => {
    const root = makeTree();
    const file = path.join(root, "content/roles/software-developer.md");
    const before = fs.readFileSync(file, "utf8");
    expect(() => createRole({ root, title: "Software Developer" })).toThrow(
      new NewRoleError(
        "content/roles/software-developer.md already exists: edit that file, or choose another title or --slug. Nothing was written.",
      ),
    );
    expect(fs.readFileSync(file, "utf8")).toBe(before);
  });

  it.each([
    [
      { parent: "software-develper" },
      '--parent: no role "software-develper" in content/roles/ — did you mean "software-developer"?\nNothing was written.',
    ],
    [{ category: "tecnology" }, '--category: no category "tecnology" in content/categories.yml — did you mean "technology"?'],
    [
      { slug: "backend-developer" },
      '"backend-developer" is a former slug of content/roles/software-developer-backend-api.md (its old URL redirects there): choose another --slug.',
    ],
    [
      { title: "Software Developer — Backend / API", slug: "backend-api-2" },
      'The title "Software Developer — Backend / API" is already used by content/roles/software-developer-backend-api.md: titles must be unique.',
    ],
    [{ title: "QA" }, 'The title must be 3–90 characters, got 2: "QA".'],
  ])("refuses %o and writes nothing", (options, message) => {
    const root = makeTree();
    const before = fs.readdirSync(path.join(root, "content/roles")).sort();
    let error: unknown;
    try {
      createRole({ root, title: "Mobile Game Developer", ...options });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewRoleError);
    expect((error as Error).message).toContain(message);
    expect(fs.readdirSync(path.join(root, "content/roles")).sort()).toEqual(before);
  });
});
