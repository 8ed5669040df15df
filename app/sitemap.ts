import type { MetadataRoute } from "next";
import { getAllArticles, getAllRoles, getCategories, getContent } from "@/lib/content";
import { RISK_LEVELS } from "@/lib/content/risk";
import { absoluteUrl } from "@/lib/seo/site";
import { listOccupationPages } from "@/lib/research";

/**
 * Every published page, from the same lists that generate the pages; drafts never appear. Dates come
 * from the repository's history (a page's own, or the newest of the pages a list shows); without
 * history, `lastmod` is left out rather than guessed.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const roles = getAllRoles().filter((r) => !r.draft);
  const articles = getAllArticles().filter((a) => !a.draft);
  const newest = (dates: (string | undefined)[]) =>
    dates
      .filter((d) => d !== undefined)
      .sort()
      .at(-1);
  const latest = newest([...roles.map((r) => r.updated), ...articles.map((a) => a.updated)]);
  const dated = (lastModified: string | undefined) => (lastModified ? { lastModified } : {});
  const usedCategories = getCategories().filter((c) => roles.some((r) => r.category === c.slug));
  const dataUpdated = getContent().dataUpdated;
  return [
    { url: absoluteUrl("/"), ...dated(latest), changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/roles"), ...dated(latest), changeFrequency: "weekly", priority: 0.9 },
    { url: absoluteUrl("/articles"), ...dated(newest(articles.map((a) => a.updated))) },
    { url: absoluteUrl("/methodology") },
    { url: absoluteUrl("/about"), ...dated(latest) },
    ...usedCategories.map((c) => ({
      url: absoluteUrl(`/categories/${c.slug}`),
      ...dated(newest(roles.filter((r) => r.category === c.slug).map((r) => r.updated))),
    })),
    ...RISK_LEVELS.map((level) => ({
      url: absoluteUrl(`/risk/${level}`),
      ...dated(newest(roles.filter((r) => r.risk.level === level).map((r) => r.updated))),
    })),
    ...roles.map((r) => ({
      url: absoluteUrl(`/roles/${r.slug}`),
      ...dated(r.updated),
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
    ...articles.map((a) => ({ url: absoluteUrl(`/articles/${a.slug}`), ...dated(a.updated) })),
    // Data-only occupation pages change only when the shipped research data does.
    { url: absoluteUrl("/occupations"), ...dated(dataUpdated) },
    ...listOccupationPages().map((o) => ({ url: absoluteUrl(o.path), ...dated(dataUpdated) })),
  ];
}
