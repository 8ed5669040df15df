import { plural } from "./text";

/**
 * A finding about one content file, with the place an editor can jump to.
 * Errors fail `check-content` and the build; warnings are printed but do not fail.
 */
export type Problem = {
  severity: "error" | "warning";
  /** Path relative to the repository root, e.g. `content/roles/x.md`. */
  file: string;
  /** 1-based line and column in that file. */
  line: number;
  column: number;
  /** Dotted field path such as `risk.level` or `automating[2].task`; `(file)` for whole-file problems. */
  field: string;
  message: string;
};

export function formatField(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(frontmatter)";
  let out = "";
  for (const segment of path) {
    // Note: an empty key (`"": x` in YAML) is shown as `""`, so the message still points at something.
    const name = segment === "" ? '""' : String(segment);
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? name : `.${name}`;
  }
  return out;
}

/** `content/roles/x.md:5:3 risk.level — expected …` */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === "warning" ? " (warning)" : "";
  return `${problem.file}:${problem.line}:${problem.column} ${problem.field} — ${problem.message}${tag}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1),
  );
}

/** Thrown by the cached loader when content has errors, so `next build` fails with the editor's messages. */
export class ContentError extends Error {
  declare readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `Content check failed with ${plural(errors.length, "error")}:\n` +
        errors.map(formatProblem).join("\n") +
        "\nRun `npm run check-content` for details.",
    );
    this.name = "ContentError";
    // Note: not enumerable, so a failed build prints the editor's messages and not a dump of this list.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
  }
}

/** Levenshtein distance, for "did you mean …?" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a distance that scales with the word, or undefined. */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance <= limit && bestDistance > 0 ? best : undefined;
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const hit = suggest(input, candidates);
  return hit ? ` — did you mean "${hit}"?` : "";
}
