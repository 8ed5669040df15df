import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { buildFaq } from "@/lib/seo/faq";
import {
  buildBreadcrumbList,
  buildCollectionGraph,
  buildFaqPage,
  buildRolePageGraph,
  roleCrumbs,
  serializeJsonLd,
} from "@/lib/seo/structured-data";
import { makeTree } from "./helpers/content-tree";
import { fixedHistory } from "./helpers/git";

const history = fixedHistory({ "content/roles/software-developer-backend-api.md": { published: "2026-11-25", updated: "2026-11-30" } });
const content = loadContent(makeTree(), { history });
const backend = content.roles.find((r) => r.slug === "software-developer-backend-api")!;
const parent = content.roles.find((r) => r.slug === "software-developer")!;
const category = content.categories.find((c) => c.slug === "technology")!;

describe("JSON-LD builders", () => {
  it("BreadcrumbList: Home › Category › Parent › Role with absolute URLs", () => {
    expect(buildBreadcrumbList(roleCrumbs(backend, category, parent))).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "http://localhost:3000/" },
        { "@type": "ListItem", position: 2, name: "Technology", item: "http://localhost:3000/categories/technology" },
        { "@type": "ListItem", position: 3, name: "Software Developer", item: "http://localhost:3000/roles/software-developer" },
        {
          "@type": "ListItem",
          position: 4,
          name: "Software Developer — Backend / API",
          item: "http://localhost:3000/roles/software-developer-backend-api",
        },
      ],
    });
  });

  it("FAQPage uses exactly the FAQ items the page shows", () => {
    const faq = buildFaq(backend, 2026);
    const page = buildFaqPage(faq, "/roles/x") as unknown as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    expect(page.mainEntity.map((q) => q.name)).toEqual(faq.map((f) => f.question));
    expect(page.mainEntity.map((q) => q.acceptedAnswer.text)).toEqual(faq.map((f) => f.answer));
  });

  it("the role graph has an Article about an Occupation with dates, a breadcrumb and the FAQ", () => {
    const graph = buildRolePageGraph(backend, category, parent, buildFaq(backend, 2026)) as unknown as {
      "@graph": Record<string, unknown>[];
    };
    const types = graph["@graph"].map((n) => n["@type"]);
    expect(types).toEqual(["Organization", "Article", "BreadcrumbList", "FAQPage"]);
    const article = graph["@graph"][1]!;
    // The dates are the repository's (lib/content/history.ts), never written by hand.
    expect(article).toMatchObject({
      datePublished: "2026-11-25",
      dateModified: "2026-11-30",
      about: { "@type": "Occupation", name: "Software Developer — Backend / API", occupationalCategory: ["15-1252.00"] },
    });
  });

  it("a collection lists its roles in order", () => {
    const graph = buildCollectionGraph({
      name: "Tech",
      description: "d",
      path: "/categories/technology",
      roles: content.roles,
      crumbs: [],
    }) as unknown as {
      "@graph": [{ mainEntity: { numberOfItems: number; itemListElement: { position: number; url: string }[] } }];
    };
    expect(graph["@graph"][0].mainEntity.numberOfItems).toBe(2);
    expect(graph["@graph"][0].mainEntity.itemListElement[1]).toMatchObject({
      position: 2,
      url: "http://localhost:3000/roles/software-developer-backend-api",
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of by </script> in content", () => {
    const out = serializeJsonLd({ text: "</script><script>alert(1)</script>", sep: "a\u2028b" });
    expect(out).not.toContain("</script");
    expect(out).not.toContain("<");
    expect(out).toContain("\\u003c/script>");
    expect(out).toContain("\\u2028");
    // Still the same data once parsed.
    expect(JSON.parse(out)).toEqual({ text: "</script><script>alert(1)</script>", sep: "a\u2028b" });
  });
});
