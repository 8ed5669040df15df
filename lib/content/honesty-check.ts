import { isoDay, type History } from "./history";
import type { Problem } from "../check/problems";
import type { YamlSource } from "./source";
import type { Change, Source } from "./schema";

/*
 * Rules that keep what a page says about itself true: its dates against the repository's history,
 * its sources as citations a reader can check, its short lists explained rather than padded, and its
 * prose its own. Each rule is a function of its own; all findings are returned at once.
 */

type Reporter = (field: (string | number)[], message: string, severity?: Problem["severity"]) => void;

/** A reporter for one file: each problem on the line of the field it is about. */
export function reporterFor(file: string, source: YamlSource | undefined, problems: Problem[]): Reporter {
  return (field, message, severity = "error") => {
    const pos = source?.locate(field) ?? { line: 1, column: 1 };
    const dotted = field.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
    problems.push({ severity, file, ...pos, field: dotted || "(file)", message });
  };
}

/** The dates the repository vouches for, as a dated entity carries them. */
export type Dated = { created?: string; published?: string; updated?: string };

/**
 * Changelog entries lie within the file's history (no earlier than its publication, no later than its
 * last change) and are newest first; nothing is dated in the future.
 */
export function checkChangelog(changelog: readonly Change[], dates: Dated | undefined, today: string, report: Reporter): void {
  changelog.forEach((change, i) => {
    if (change.date > today) report(["changelog", i, "date"], `${change.date} is in the future: date the entry the day it is committed`);
    else if (dates?.published && change.date < dates.published) {
      report(["changelog", i, "date"], `${change.date} is before the file was first published (${dates.published}, its first commit as a non-draft): a change cannot predate the page`);
    } else if (dates?.updated && change.date > dates.updated) {
      report(["changelog", i, "date"], `${change.date} is after the last commit that changed the file (${dates.updated}): date the entry the day it is committed`);
    }
    const previous = changelog[i - 1];
    if (previous && previous.date < change.date) report(["changelog", i, "date"], "changelog entries must be newest first");
  });
}

/**
 * The research datasets every profile's Evidence section credits: listing them again in a profile's
 * sources repeats the same five links on every page and hides the sources that are specific to it.
 */
export const CREDITED_ELSEWHERE: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /science\.org\/doi\/10\.1126\/science\.adj0998|doi\.org\/10\.1126\/science\.adj0998|arxiv\.org\/abs\/2303\.10130|github\.com\/openai\/gpts-are-gpts/i, name: "Eloundou et al., “GPTs are GPTs”" },
  { pattern: /arxiv\.org\/(abs|pdf)\/2507\.07935|github\.com\/microsoft\/working-with-ai/i, name: "Tomlinson et al., “Working with AI”" },
  { pattern: /bls\.gov\/oes\//i, name: "BLS Occupational Employment and Wage Statistics" },
  { pattern: /onetonline\.org|onetcenter\.org/i, name: "O*NET" },
];

/** Role-specific sources a profile needs at least. */
export const MIN_ROLE_SOURCES = 2;

/**
 * Each source was read (its access date is real: not in the future, not before the file existed, not
 * before the source was published) and is not a dataset the Evidence section already credits.
 */
export function checkSources(sources: readonly Source[], dates: Dated | undefined, today: string, report: Reporter, kind: "profile" | "article"): void {
  let specific = 0;
  sources.forEach((source, i) => {
    const credited = CREDITED_ELSEWHERE.find((c) => c.pattern.test(source.url));
    if (credited && kind === "profile") {
      report(["sources", i, "url"], `${credited.name} is credited by the Evidence section of every profile: list only sources specific to this role here`);
    } else {
      specific++;
    }
    if (source.accessed > today) report(["sources", i, "accessed"], `${source.accessed} is in the future: write the day you read the page`);
    else if (dates?.created && source.accessed < dates.created) {
      report(["sources", i, "accessed"], `${source.accessed} is before the file's first commit (${dates.created}): read the page again and write that day`);
    }
    if (Number(source.accessed.slice(0, 4)) < source.year) report(["sources", i, "year"], `published in ${source.year} but read on ${source.accessed}: one of the two is wrong`);
  });
  if (kind === "profile" && specific < MIN_ROLE_SOURCES && sources.length >= MIN_ROLE_SOURCES) {
    report(["sources"], `expected at least ${MIN_ROLE_SOURCES} sources specific to this role (vendor documentation, a regulator's guidance, a study of the occupation), found ${specific}`);
  }
}

type ShortLists = {
  automating?: readonly unknown[];
  automatingNote?: string;
  skills?: { aiTools?: readonly unknown[]; aiToolsNote?: string };
};

/** Fewer entries than the content model asks for are allowed only with a note saying why (never padding). */
export function checkShortLists(role: ShortLists, report: Reporter): void {
  const automating = role.automating?.length;
  if (automating === 0) report(["automating"], "is empty: expected at least 3 tasks AI does end to end (at least 1, with automatingNote saying why this job has fewer)");
  else if (automating !== undefined && automating < 3 && !role.automatingNote) {
    report(["automating"], `${automating} automated task${automating === 1 ? "" : "s"}: list at least 3, or add automatingNote saying why this job has fewer (do not invent entries)`);
  }
  if (automating !== undefined && automating >= 3 && role.automatingNote) report(["automatingNote"], "automatingNote explains a list shorter than 3; this one has " + automating + ": remove the note");
  const tools = role.skills?.aiTools?.length;
  if (tools !== undefined && tools < 2 && !role.skills?.aiToolsNote) {
    report(["skills", "aiTools"], tools === 0 ? "is empty: expected at least 2 AI tools worth learning (fewer, even none, with skills.aiToolsNote saying why)" : `${tools} AI tool: list at least 2, or add skills.aiToolsNote saying why this job has fewer worth learning`);
  }
  if (tools !== undefined && tools >= 2 && role.skills?.aiToolsNote) report(["skills", "aiToolsNote"], `aiToolsNote explains a list shorter than 2; this one has ${tools}: remove the note`);
}

/** How long a run of words two profiles may share before the check warns. */
export const SHINGLE_WORDS = 12;

export type ProseField = { field: (string | number)[]; text: string };

const SHARED_ON_PURPOSE = new Set(["sources", "title", "aliases", "onet", "related", "reading", "formerSlugs", "slug", "file", "html", "changelog"]);

/** The prose of a profile that must be its own: every free-text field and the body. */
export function proseFields(role: Record<string, unknown>, body: string): ProseField[] {
  const out: ProseField[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") {
      if (value.split(/\s+/).length >= SHINGLE_WORDS) out.push({ field: path, text: value });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  for (const key of Object.keys(role)) {
    // Citations and names are shared on purpose. The skip comes before the value is read: `html` is a
    // getter that renders the markdown, which the check does not need (it reads the body's source).
    if (SHARED_ON_PURPOSE.has(key)) continue;
    walk(role[key], [key]);
  }
  out.push({ field: ["(body)"], text: body });
  return out;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A 32-bit FNV-1a hash of a word. */
function hashWord(word: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The key of each run of SHINGLE_WORDS words: two independent 26-bit polynomial hashes over the word hashes,
 * joined into one safe integer, so a catalogue of a thousand profiles compares millions of runs as numbers.
 */
function shingleKeys(w: string[]): number[] {
  const a = w.map((x) => hashWord(x, 2166136261));
  const b = w.map((x) => hashWord(x, 3735928559));
  const keys: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    let ha = 0;
    let hb = 0;
    for (let j = i; j < i + SHINGLE_WORDS; j++) {
      ha = (Math.imul(ha, 31) + a[j]!) & 0x3ffffff;
      hb = (Math.imul(hb, 37) + b[j]!) & 0x3ffffff;
    }
    keys.push(ha * 0x4000000 + hb);
  }
  return keys;
}

/**
 * Runs of twelve or more words that two profiles share, found with word shingles (so changing one word
 * of a copied sentence does not hide the rest of it). Reported as a warning on the later file, naming the
 * earlier one, once per field and profile pair.
 */
export function checkSharedProse(profiles: readonly { slug: string; file: string; fields: ProseField[]; report: Reporter }[]): void {
  const owners = new Map<number, { slug: string; field: (string | number)[] }>();
  const reported = new Set<string>();
  for (const profile of profiles) {
    for (const { field, text } of profile.fields) {
      const w = words(text);
      shingleKeys(w).forEach((key, i) => {
        const owner = owners.get(key);
        if (!owner) {
          owners.set(key, { slug: profile.slug, field });
          return;
        }
        if (owner.slug === profile.slug) return;
        const pair = `${profile.slug}|${field.join(".")}|${owner.slug}`;
        if (reported.has(pair)) return;
        reported.add(pair);
        const shingle = w.slice(i, i + SHINGLE_WORDS).join(" ");
        profile.report(field, `shares the words “${shingle}…” with content/roles/${owner.slug}.md (${owner.field.join(".")}): write this sentence for this role`, "warning");
      });
    }
  }
}

export { isoDay };
export type { History };
