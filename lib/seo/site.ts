/**
 * The one place for site-wide settings. `SITE_URL` sets the absolute origin used for canonical URLs,
 * Open Graph, the sitemap and feeds; the default suits a local `npm start`.
 */
export const siteConfig = {
  name: "Role Compass",
  tagline: "Will AI replace my job — and what do I do about it?",
  description:
    "Honest, sourced profiles of how AI is changing real jobs: the risk, the tasks being automated, the skills to learn and a 12-week plan to act on it.",
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  repoUrl: "https://github.com/role-compass/role-compass",
  locale: "en",
} as const;

/** An absolute URL on this site for a path such as `/roles/x`. */
export function absoluteUrl(path: string): string {
  return `${siteConfig.url}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The year used in "Should I become a … in <year>?" questions: the build's current year. */
export function currentYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}
