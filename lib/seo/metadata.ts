import type { Metadata } from "next";
import { siteConfig } from "./site";

export type PageMetadataInput = {
  /** The page title; the root layout's template appends " | Role Compass". */
  title: string;
  description: string;
  /** Site-relative canonical path, e.g. `/roles/x`. */
  path: string;
  type?: "website" | "article";
  publishedTime?: string;
  modifiedTime?: string;
  /** Feeds to advertise with <link rel="alternate">. */
  feeds?: { title: string; path: string }[];
  noindex?: boolean;
};

/**
 * Complete metadata for a page. Note: Next merges metadata shallowly, so a page that sets `openGraph`
 * replaces the layout's whole `openGraph` object: building it here keeps site name, URL and type on
 * every page.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const feeds = input.feeds ?? [{ title: `${siteConfig.name}: all role updates`, path: "/feed.xml" }];
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: input.path,
      types: { "application/atom+xml": feeds.map((f) => ({ url: f.path, title: f.title })) },
    },
    openGraph: {
      title: input.title,
      description: input.description,
      url: input.path,
      siteName: siteConfig.name,
      locale: "en_US",
      type: input.type ?? "website",
      ...(input.type === "article" ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime } : {}),
    },
    twitter: { card: "summary_large_image", title: input.title, description: input.description },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
