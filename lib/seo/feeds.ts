import type { Role } from "../content/types";
import { RISK_BANDS } from "../content/risk";
import { absoluteUrl, siteConfig } from "./site";

/*
 * Atom feeds (RFC 4287) of profile changes: one entry when a profile is first published (the date from
 * the repository's history) and one per dated changelog entry, so a reader can follow "what changed for
 * my role". Without history there is no publication entry: nothing is dated that the history cannot vouch for.
 */

export type FeedEntry = { id: string; title: string; link: string; updated: string; summary: string };

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Characters XML 1.0 forbids outright (control characters other than tab, LF, CR).
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

/** Every change of the given roles, newest first (ties by title, so the order is stable). */
export function roleChangeEntries(roles: readonly Role[]): FeedEntry[] {
  const entries = roles.flatMap((role) => {
    const link = absoluteUrl(`/roles/${role.slug}`);
    const rating = `Current rating: ${RISK_BANDS[role.risk.level].label} risk.`;
    const changes: FeedEntry[] = role.changelog.map((change, i) => ({
      id: `${link}#change-${change.date}-${role.changelog.length - i}`,
      title: `${role.title}: ${change.summary.length > 90 ? `${change.summary.slice(0, 87).trimEnd()}…` : change.summary}`,
      link,
      updated: change.date,
      summary: `${change.summary} ${rating}`,
    }));
    if (role.published) {
      changes.push({
        id: `${link}#published`,
        title: `${role.title}: profile published`,
        link,
        updated: role.published,
        summary: `${role.description} ${rating}`,
      });
    }
    return changes;
  });
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
}

/**
 * The feed document. Its `updated` is its newest entry's date; a feed with no entry (no history and no
 * changelog) says when it was generated, which Atom requires and which is true.
 */
export function buildAtomFeed(input: {
  title: string;
  subtitle: string;
  path: string;
  alternatePath: string;
  entries: readonly FeedEntry[];
  generatedAt?: Date;
}): string {
  const ts = (date: string) => `${date}T00:00:00Z`;
  const newest = input.entries[0]?.updated;
  const feedUpdated = newest ? ts(newest) : (input.generatedAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <id>${escapeXml(absoluteUrl(input.path))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(input.path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(input.alternatePath))}"/>`,
    `  <updated>${feedUpdated}</updated>`,
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
