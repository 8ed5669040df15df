import { spawnSync } from "node:child_process";

/*
 * Dates a page can vouch for, read from the repository the way documentation sites do it
 * (Docusaurus, VitePress and Starlight take "last updated" from git): a file is first published by
 * the first commit in which it exists and is not a draft, and updated by the last commit that changed
 * its text. Committer dates, not author dates: a rebase rewrites the committer date to the day it
 * ran, so history cannot be backdated as easily.
 */

/** What the repository says about one content file. */
export type FileDates = {
  /** Day (YYYY-MM-DD, UTC) of the file's first commit, draft or not: nothing the file says may be older. */
  created: string;
  /** Day of the first commit in which the file was published (not a draft); undefined while it is a draft. */
  published?: string;
  /** Day of the last commit that changed it (or today when it has uncommitted changes). */
  updated: string;
  /** True when the working tree has changes not yet committed (the file counts as changed today). */
  uncommitted: boolean;
};

export type History =
  | { available: true; files: ReadonlyMap<string, FileDates>; today: string }
  | { available: false; reason: string; today: string };

/**
 * A commit whose message carries this trailer does not move "updated" of the files it touches: for
 * mass changes such as a reformat or a field renamed in every profile.
 */
export const NO_UPDATE_TRAILER = "Content-Update";
export const NO_UPDATE_VALUE = "none";

/** The folders whose files get dates (the research data's, for the occupation pages in the sitemap). */
export const DATED_FOLDERS = ["content/roles", "content/articles", "content/data"] as const;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function git(root: string, args: string[], input?: string): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync("git", ["-C", root, ...args], { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? "", stderr: (result.stderr ?? "") + (result.error ? String(result.error) : "") };
}

const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(#.*)?$/m;

/** Whether a file's text (front matter and body) declares `draft: true` in its front matter. */
export function isDraftText(text: string): boolean {
  const end = text.indexOf("\n---", 3);
  return DRAFT_LINE.test(end > 0 ? text.slice(0, end) : text);
}

type Version = { commit: string; day: string; path: string; changed: boolean; countsAsUpdate: boolean };

/**
 * Reads the history of the dated folders in two git calls: one `git log` (renames followed) and one
 * `git cat-file --batch` for the versions whose draft status decides the publication day.
 */
export function readHistory(root: string, today: Date = new Date()): History {
  const todayDay = isoDay(today);
  const probe = git(root, ["rev-parse", "--is-shallow-repository"]);
  if (!probe.ok) {
    const reason = /dubious ownership/.test(probe.stderr)
      ? "git refuses this checkout (it belongs to another user): run `git config --global --add safe.directory <path>`"
      : "this is not a git checkout";
    return { available: false, reason, today: todayDay };
  }
  if (probe.stdout.trim() === "true") return { available: false, reason: "this is a shallow clone (run `git fetch --unshallow`)", today: todayDay };

  const log = git(root, [
    "log",
    "--relative",
    "--reverse",
    "-M",
    "--name-status",
    `--format=%x00%H%x09%ct%x09%(trailers:key=${NO_UPDATE_TRAILER},valueonly,separator=%x2C)`,
    "--",
    ...DATED_FOLDERS,
  ]);
  if (!log.ok) return { available: false, reason: `git log failed: ${log.stderr.trim()}`, today: todayDay };

  // Oldest first: each path's versions, following renames.
  const versions = new Map<string, Version[]>();
  for (const block of log.stdout.split("\0").slice(1)) {
    const [header = "", ...lines] = block.split("\n");
    const [commit = "", seconds = "0", trailer = ""] = header.split("\t");
    const day = isoDay(new Date(Number(seconds) * 1000));
    const countsAsUpdate = !trailer.split(",").some((v) => v.trim().toLowerCase() === NO_UPDATE_VALUE);
    for (const line of lines) {
      if (!line.trim()) continue;
      const [status = "", a = "", b = ""] = line.split("\t");
      const kind = status[0];
      if (kind === "D") {
        versions.delete(a);
      } else if (kind === "R") {
        const history = versions.get(a) ?? [];
        versions.delete(a);
        // R100 is a pure rename: the text did not change.
        const changed = status !== "R100";
        versions.set(b, [...history, { commit, day, path: b, changed, countsAsUpdate }]);
      } else if (kind === "A" || kind === "M" || kind === "C" || kind === "T") {
        const path = kind === "C" ? b : a;
        versions.set(path, [...(versions.get(path) ?? []), { commit, day, path, changed: true, countsAsUpdate }]);
      }
    }
  }

  const drafts = draftFlags(root, versions);
  const prefix = git(root, ["rev-parse", "--show-prefix"]).stdout.trim();
  const dirty = uncommittedPaths(root, prefix);
  const files = new Map<string, FileDates>();
  for (const [path, history] of versions) {
    const first = history[0];
    if (!first) continue;
    const publishedAt = history.findIndex((v) => !drafts.get(`${v.commit}:./${v.path}`));
    const publishedVersion = publishedAt >= 0 ? history[publishedAt] : undefined;
    let updated = publishedVersion?.day ?? first.day;
    for (const v of history.slice(Math.max(publishedAt, 0) + 1)) if (v.changed && v.countsAsUpdate) updated = v.day;
    const uncommitted = dirty.has(path);
    files.set(path, { created: first.day, published: publishedVersion?.day, updated: uncommitted ? todayDay : updated, uncommitted });
  }
  return { available: true, files, today: todayDay };
}

/** Whether each version (`commit:path`) was a draft, read in one `git cat-file --batch`. */
function draftFlags(root: string, versions: ReadonlyMap<string, Version[]>): Map<string, boolean> {
  // Only markdown files can be drafts (the research data's CSV files are large and never are).
  const keys = [...versions.values()].flatMap((h) => h.filter((v) => v.path.endsWith(".md")).map((v) => `${v.commit}:./${v.path}`));
  const flags = new Map<string, boolean>();
  if (keys.length === 0) return flags;
  // Note: `commit:path` names the path from the repository's top; `commit:./path` from `root`.
  const out = spawnSync("git", ["-C", root, "cat-file", "--batch"], { input: keys.join("\n") + "\n", maxBuffer: 512 * 1024 * 1024 });
  const buffer = out.stdout ?? Buffer.alloc(0);
  let offset = 0;
  for (const key of keys) {
    const newline = buffer.indexOf(10, offset);
    if (newline < 0) break;
    const header = buffer.subarray(offset, newline).toString("utf8");
    offset = newline + 1;
    const size = Number(header.split(" ")[2]);
    if (header.endsWith(" missing") || !Number.isFinite(size)) continue;
    flags.set(key, isDraftText(buffer.subarray(offset, offset + size).toString("utf8")));
    offset += size + 1;
  }
  return flags;
}

/**
 * Paths under the dated folders with changes not yet committed (staged or not), relative to `root`.
 * Note: porcelain status names paths from the repository's top, whatever the working folder; `prefix`
 * is where `root` sits below it.
 */
function uncommittedPaths(root: string, prefix: string): Set<string> {
  const status = git(root, ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...DATED_FOLDERS]);
  const paths = new Set<string>();
  if (!status.ok) return paths;
  const parts = status.stdout.split("\0");
  for (let i = 0; i < parts.length; i++) {
    const entry = parts[i]!;
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    const path = entry.slice(3);
    if (path.startsWith(prefix)) paths.add(path.slice(prefix.length));
    if (code[0] === "R" || code[0] === "C") i++; // the next part is the old path
  }
  return paths;
}

/** The day the last file under `folder` changed (the research data's release into the site), if known. */
export function lastChangeUnder(history: History, folder: string): string | undefined {
  if (!history.available) return undefined;
  let latest: string | undefined;
  for (const [path, dates] of history.files) if (path.startsWith(`${folder}/`) && (!latest || dates.updated > latest)) latest = dates.updated;
  return latest;
}

/**
 * The dates of one file: from the history, or — for a file git has never seen — today, since it is
 * being written now. Undefined when there is no history to vouch for anything.
 */
export function datesOf(history: History, file: string, draft: boolean): FileDates | undefined {
  if (!history.available) return undefined;
  const known = history.files.get(file);
  if (known) return draft ? { ...known, published: undefined } : known.published ? known : { ...known, published: history.today, updated: history.today };
  return { created: history.today, published: draft ? undefined : history.today, updated: history.today, uncommitted: true };
}
