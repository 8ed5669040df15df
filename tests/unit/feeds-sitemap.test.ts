import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildAtomFeed, escapeXml, roleChangeEntries } from "@/lib/seo/feeds";
import { loadContent } from "@/lib/content/load";
import { makeTree, readFixture } from "./helpers/content-tree";
import { commitAll, fixedHistory } from "./helpers/git";

describe("Atom feeds", () => {
  const history = fixedHistory({
    "content/roles/software-developer-backend-api.md": { published: "2026-11-25", updated: "2026-11-27" },
    "content/roles/software-developer.md": { published: "2026-11-24" },
  });
  const roles = loadContent(makeTree(), { history }).roles;

  it("has one entry per first publication and per changelog item, newest first", () => {
    const entries = roleChangeEntries(roles);
    expect(entries.length).toBe(roles.reduce((n, r) => n + r.changelog.length + 1, 0));
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(entries.map((e) => [e.id.replace("http://localhost:3000", ""), e.updated])).toEqual([
      ["/roles/software-developer-backend-api#change-2026-11-26-1", "2026-11-26"],
      ["/roles/software-developer-backend-api#published", "2026-11-25"],
      ["/roles/software-developer#published", "2026-11-24"],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("without history, invents no date: no publication entries, and an empty feed is dated when it was generated", () => {
    const undated = loadContent(makeTree(), { history: { available: false, reason: "a tarball", today: "2026-12-02" } }).roles;
    const entries = roleChangeEntries(undated);
    expect(entries.map((e) => e.updated)).toEqual(["2026-11-26"]);
    const empty = buildAtomFeed({
      title: "T",
      subtitle: "s",
      path: "/feed.xml",
      alternatePath: "/",
      entries: [],
      generatedAt: new Date("2026-12-02T10:11:12.345Z"),
    });
    expect(empty).toContain("<updated>2026-12-02T10:11:12Z</updated>");
    expect(empty).not.toContain("2026-01-01");
  });

  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`a & b < c > "d" 'e'\u0001`)).toBe("a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;");
    const xml = buildAtomFeed({
      title: "T <&>",
      subtitle: "s",
      path: "/feed.xml",
      alternatePath: "/",
      entries: [{ id: "x", title: "</title><script>", link: "http://x/", updated: "2026-01-02", summary: "s & t" }],
    });
    expect(xml).toContain("<title>&lt;/title&gt;&lt;script&gt;</title>");
    expect(xml).toContain("<updated>2026-01-02T00:00:00Z</updated>");
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
  });
});

describe("sitemap", () => {
  // A tree with a draft role: the sitemap must list every published role and never the draft.
  beforeAll(() => {
    const draft = readFixture("content/roles/software-developer-backend-api.md")
      .replace("title: Software Developer — Backend / API", "title: Draft Role For Testing")
      .replace("changelog:", "draft: true\nchangelog:")
      .replace(/formerSlugs:\n  - backend-developer\n/, "formerSlugs: []\n");
    const root = makeTree({ "content/roles/draft-role.md": draft });
    commitAll(root, "2026-11-26");
    vi.stubEnv("CONTENT_ROOT", root);
    vi.resetModules();
  });
  afterAll(() => vi.unstubAllEnvs());

  it("lists every published role with its updated date, and no drafts", async () => {
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = sitemap();
    const roleUrls = urls.filter((u) => u.url.includes("/roles/"));
    expect(roleUrls.map((u) => u.url).sort()).toEqual([
      "http://localhost:3000/roles/software-developer",
      "http://localhost:3000/roles/software-developer-backend-api",
    ]);
    // The date of the commit that last changed the file.
    expect(roleUrls.find((u) => u.url.endsWith("backend-api"))?.lastModified).toBe("2026-11-26");
    expect(urls.some((u) => u.url.includes("draft"))).toBe(false);
    expect(urls.map((u) => u.url)).toContain("http://localhost:3000/categories/technology");
    // Every occupation in the shipped data has a page, and the sitemap lists it.
    const { listOccupationPages } = await import("@/lib/research");
    const occupationUrls = urls.filter((u) => u.url.includes("/occupations/")).map((u) => u.url);
    expect(occupationUrls.length).toBe(listOccupationPages().length);
    expect(occupationUrls.length).toBeGreaterThan(0);
  });
});
