import type { Role } from "./content/load";
import { RISK_BANDS } from "./risk";
import { absoluteUrl, siteConfig } from "./site";

/*
 * Atom feeds (RFC 4287) of profile changes, built from each profile's dated changelog: one entry per
 * change, so a reader can follow "what changed for my role".
 */

export type FeedEntry = { id: string; title: string; link: string; updated: string; summary: string };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Characters XML 1.0 forbids outright (control characters other than tab, LF, CR).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** Every change of the given roles, newest first (ties by title, so the order is stable). */
export function roleChangeEntries(roles: readonly Role[]): FeedEntry[] {
  const entries = roles.flatMap((role) =>
    role.changelog.map((change, i) => ({
      id: `${absoluteUrl(`/roles/${role.slug}`)}#change-${change.date}-${role.changelog.length - i}`,
      title: `${role.title}: ${change.summary.length > 90 ? `${change.summary.slice(0, 87).trimEnd()}…` : change.summary}`,
      link: absoluteUrl(`/roles/${role.slug}`),
      updated: change.date,
      summary: `${change.summary} Current rating: ${RISK_BANDS[role.risk.level].label} risk.`,
    })),
  );
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
}

export function buildAtomFeed(input: { title: string; subtitle: string; path: string; alternatePath: string; entries: readonly FeedEntry[] }): string {
  const updated = input.entries[0]?.updated ?? "2026-01-01";
  const ts = (date: string) => `${date}T00:00:00Z`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <id>${escapeXml(absoluteUrl(input.path))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(input.path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(input.alternatePath))}"/>`,
    `  <updated>${ts(updated)}</updated>`,
    `  <author><name>${escapeXml(siteConfig.name)}</name></author>`,
    ...input.entries.flatMap((e) => [
      "  <entry>",
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <updated>${ts(e.updated)}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ]),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}

export const ATOM_HEADERS = { "Content-Type": "application/atom+xml; charset=utf-8" } as const;
