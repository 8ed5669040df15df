import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftsVisible, selectVisible } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { BACKEND, backendWith, makeTree } from "./helpers/content-tree";

/** The valid fixture with the backend specialisation turned into a draft. */
function treeWithDraft(): string {
  return makeTree({ [BACKEND]: backendWith("changelog:", "draft: true\nchangelog:") });
}

describe("draftsVisible", () => {
  it.each([
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "test" }, false],
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "production", CONTENT_DRAFTS: "1" }, true],
    [{ NODE_ENV: "production", CONTENT_DRAFTS: "0" }, false],
  ])("%o → %s", (env, expected) => {
    expect(draftsVisible(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

describe("selectVisible", () => {
  it("drops drafts from a production build, so no list or family link can reach them", () => {
    const loaded = loadContent(treeWithDraft());
    expect(loaded.problems.filter((p) => p.severity === "error")).toEqual([]);
    const visible = selectVisible(loaded, false);
    expect(visible.roles.map((r) => r.slug)).toEqual(["software-developer"]);
  });

  it("keeps drafts for preview", () => {
    const visible = selectVisible(loadContent(treeWithDraft()), true);
    expect(visible.roles.map((r) => [r.slug, r.draft])).toEqual([
      ["software-developer", false],
      ["software-developer-backend-api", true],
    ]);
  });
});

describe("getContent", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it.each([
    ["production", ["software-developer"]],
    ["development", ["software-developer", "software-developer-backend-api"]],
  ])("in %s shows %o", async (nodeEnv, slugs) => {
    vi.stubEnv("NODE_ENV", nodeEnv);
    vi.stubEnv("CONTENT_ROOT", treeWithDraft());
    const { getAllRoles, getFamily, getRole } = await import("@/lib/content");
    expect(getAllRoles().map((r) => r.slug)).toEqual(slugs);
    expect(getRole("software-developer-backend-api") !== undefined).toBe(slugs.length === 2);
    // The parent's page lists its specialisations: the draft only in preview.
    expect(getFamily(getRole("software-developer")!).children.map((r) => r.slug)).toEqual(slugs.slice(1));
  });
});

describe("preview in next dev", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("picks up an edited file without a restart", async () => {
    const root = treeWithDraft();
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("CONTENT_ROOT", root);
    const { getRole } = await import("@/lib/content");
    expect(getRole("software-developer")!.title).toBe("Software Developer");
    const file = path.join(root, "content/roles/software-developer.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("title: Software Developer\n", "title: Software Developer (edited)\n"));
    expect(getRole("software-developer")!.title).toBe("Software Developer (edited)");
  });
});
