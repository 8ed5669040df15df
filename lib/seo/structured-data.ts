import type {
  Article as ArticleLd,
  BreadcrumbList,
  CollectionPage,
  FAQPage,
  Graph,
  Organization,
  Thing,
  WebPage,
  WebSite,
  WithContext,
} from "schema-dts";
import type { Article, Category, Role } from "../content/types";
import type { FaqItem } from "./faq";
import { RISK_BANDS } from "../content/risk";
import { absoluteUrl, siteConfig } from "./site";

/*
 * Typed JSON-LD builders. Pages render their output with `serializeJsonLd`, never by concatenating
 * strings, and the FAQPage is built from the same FaqItem[] the page shows.
 */

export type Crumb = { name: string; path: string };

const ORGANIZATION_ID = absoluteUrl("/#organization");

export function organization(): Organization {
  return { "@type": "Organization", "@id": ORGANIZATION_ID, name: siteConfig.name, url: absoluteUrl("/"), logo: absoluteUrl("/icon.svg") };
}

export function buildBreadcrumbList(crumbs: readonly Crumb[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}

export function buildFaqPage(items: readonly FaqItem[], path: string): FAQPage {
  return {
    "@type": "FAQPage",
    "@id": absoluteUrl(`${path}#faq`),
    mainEntity: items.map((item) => ({
      "@type": "Question",
      name: item.question,
      acceptedAnswer: { "@type": "Answer", text: item.answer },
    })),
  };
}

/** The breadcrumb trail of a role: Home › Category › Parent role › Role. */
export function roleCrumbs(role: Role, category: Category, parent?: Role): Crumb[] {
  return [
    { name: "Home", path: "/" },
    { name: category.title, path: `/categories/${category.slug}` },
    ...(parent ? [{ name: parent.title, path: `/roles/${parent.slug}` }] : []),
    { name: role.title, path: `/roles/${role.slug}` },
  ];
}

/** A role page: the Article about an Occupation, its breadcrumbs and its FAQ, as one @graph. */
export function buildRolePageGraph(role: Role, category: Category, parent: Role | undefined, faq: readonly FaqItem[]): Graph {
  const path = `/roles/${role.slug}`;
  const url = absoluteUrl(path);
  const occupation: Thing = {
    "@type": "Occupation",
    name: role.title,
    description: role.description,
    occupationalCategory: role.onet,
    ...(role.aliases.length ? { alternateName: role.aliases } : {}),
  };
  const article: ArticleLd = {
    "@type": "Article",
    "@id": `${url}#article`,
    headline: `Will AI replace your ${role.title} job?`,
    description: role.description,
    url,
    mainEntityOfPage: url,
    inLanguage: siteConfig.locale,
    // Note: dates only where the repository's history vouches for them (lib/content/history.ts).
    ...(role.published ? { datePublished: role.published } : {}),
    ...(role.updated ? { dateModified: role.updated } : {}),
    author: { "@id": ORGANIZATION_ID },
    publisher: { "@id": ORGANIZATION_ID },
    image: absoluteUrl(`${path}/opengraph-image`),
    about: occupation,
    articleSection: category.title,
    abstract: `AI automation risk: ${RISK_BANDS[role.risk.level].label}. ${role.risk.reason}`,
    ...(role.sources.length
      ? { citation: role.sources.map((s) => ({ "@type": "CreativeWork" as const, name: s.title, url: s.url })) }
      : {}),
  };
  return {
    "@context": "https://schema.org",
    "@graph": [organization(), article, buildBreadcrumbList(roleCrumbs(role, category, parent)), buildFaqPage(faq, path)],
  };
}

export function buildArticleGraph(article: Article): Graph {
  const path = `/articles/${article.slug}`;
  const url = absoluteUrl(path);
  const ld: ArticleLd = {
    "@type": "Article",
    "@id": `${url}#article`,
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: url,
    inLanguage: siteConfig.locale,
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.updated ? { dateModified: article.updated } : {}),
    author: { "@type": "Organization", name: article.author },
    publisher: { "@id": ORGANIZATION_ID },
  };
  return {
    "@context": "https://schema.org",
    "@graph": [
      organization(),
      ld,
      buildBreadcrumbList([
        { name: "Home", path: "/" },
        { name: "Articles", path: "/articles" },
        { name: article.title, path },
      ]),
    ],
  };
}

/** A listing (category, risk band, all roles): a CollectionPage whose main entity is the list of roles. */
export function buildCollectionGraph(input: {
  name: string;
  description: string;
  path: string;
  roles: readonly Role[];
  crumbs: readonly Crumb[];
}): Graph {
  const page: CollectionPage = {
    "@type": "CollectionPage",
    "@id": absoluteUrl(input.path),
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.path),
    isPartOf: { "@id": absoluteUrl("/#website") },
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: input.roles.length,
      itemListElement: input.roles.map((role, i) => ({
        "@type": "ListItem",
        position: i + 1,
        url: absoluteUrl(`/roles/${role.slug}`),
        name: role.title,
      })),
    },
  };
  return { "@context": "https://schema.org", "@graph": [page, buildBreadcrumbList(input.crumbs)] };
}

export function buildHomeGraph(): Graph {
  const website: WebSite = {
    "@type": "WebSite",
    "@id": absoluteUrl("/#website"),
    name: siteConfig.name,
    url: absoluteUrl("/"),
    description: siteConfig.description,
    inLanguage: siteConfig.locale,
    publisher: { "@id": ORGANIZATION_ID },
    // Sitelinks search box: /search?q= is server-rendered, so crawlers can use it too.
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl("/search")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    } as WebSite["potentialAction"],
  };
  return { "@context": "https://schema.org", "@graph": [website, organization()] };
}

export function buildWebPage(input: { name: string; description: string; path: string }): WithContext<WebPage> {
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.path),
    isPartOf: { "@type": "WebSite", "@id": absoluteUrl("/#website"), name: siteConfig.name, url: absoluteUrl("/") },
  };
}

/**
 * JSON for a <script type="application/ld+json">. `<` is escaped so content containing `</script>`
 * cannot close the element; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
