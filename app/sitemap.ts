import type { MetadataRoute } from "next";
import { getAllArticles, getAllRoles, getCategories } from "@/lib/content";
import { RISK_LEVELS } from "@/lib/risk";
import { absoluteUrl } from "@/lib/site";
import { listOccupationPages } from "@/lib/research";

/** When the shipped research data was last refreshed (see content/data/README.md). */
const RESEARCH_DATA_DATE = "2026-11-25";

/** Every published page, from the same lists that generate the pages; drafts never appear. */
export default function sitemap(): MetadataRoute.Sitemap {
  const roles = getAllRoles().filter((r) => !r.draft);
  const articles = getAllArticles().filter((a) => !a.draft);
  const latest = [...roles.map((r) => r.updated), ...articles.map((a) => a.updated)].sort().at(-1);
  const newest = (dates: string[]) => dates.sort().at(-1) ?? latest;
  const usedCategories = getCategories().filter((c) => roles.some((r) => r.category === c.slug));
  return [
    { url: absoluteUrl("/"), lastModified: latest, changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/roles"), lastModified: latest, changeFrequency: "weekly", priority: 0.9 },
    { url: absoluteUrl("/articles"), lastModified: newest(articles.map((a) => a.updated)) },
    { url: absoluteUrl("/methodology"), lastModified: latest },
    { url: absoluteUrl("/about"), lastModified: latest },
    ...usedCategories.map((c) => ({
      url: absoluteUrl(`/categories/${c.slug}`),
      lastModified: newest(roles.filter((r) => r.category === c.slug).map((r) => r.updated)),
    })),
    ...RISK_LEVELS.map((level) => ({ url: absoluteUrl(`/risk/${level}`), lastModified: newest(roles.filter((r) => r.risk.level === level).map((r) => r.updated)) })),
    ...roles.map((r) => ({ url: absoluteUrl(`/roles/${r.slug}`), lastModified: r.updated, changeFrequency: "monthly" as const, priority: 0.8 })),
    ...articles.map((a) => ({ url: absoluteUrl(`/articles/${a.slug}`), lastModified: a.updated })),
    // Data-only occupation pages change only when the shipped research data does.
    { url: absoluteUrl("/occupations"), lastModified: latest },
    ...listOccupationPages().map((o) => ({ url: absoluteUrl(o.path), lastModified: RESEARCH_DATA_DATE })),
  ];
}
