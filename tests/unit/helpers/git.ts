import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { FileDates, History } from "@/lib/content/history";

/**
 * Commits everything in `root` (a temporary content tree) as one commit on `day` (YYYY-MM-DD, noon UTC),
 * making it a repository first if it is not one: the history the site's dates come from.
 */
export function commitAll(root: string, day: string, message = "Content"): void {
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", root, ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z`, GIT_CONFIG_NOSYSTEM: "1" },
      stdio: "pipe",
    });
  if (!fs.existsSync(path.join(root, ".git"))) git("init", "-q", "-b", "main");
  git("add", "-A");
  git(
    "-c",
    "user.name=Test",
    "-c",
    "user.email=test@example.org",
    "-c",
    "commit.gpgsign=false",
    "commit",
    "-q",
    "--allow-empty",
    "-m",
    message,
  );
}

/** A history as the repository would give it, for tests of what pages do with dates. */
export function fixedHistory(files: Record<string, Partial<FileDates>>, today = "2026-12-02"): History {
  return {
    available: true,
    today,
    files: new Map(
      Object.entries(files).map(([file, d]) => {
        const published = d.published ?? "2026-11-25";
        return [file, { created: d.created ?? published, published, updated: d.updated ?? published, uncommitted: d.uncommitted ?? false }];
      }),
    ),
  };
}
