import matter from "gray-matter";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { Problem } from "../check/problems";

/** A 1-based position in a file. */
export type Position = { line: number; column: number };

/**
 * A parsed YAML document that can say where a field path is. Used for frontmatter and for
 * `categories.yml`, so every problem — from zod or from the cross-file rules — carries a line.
 */
export type YamlSource = {
  file: string;
  data: unknown;
  locate(path: readonly PropertyKey[]): Position;
};

function positionOf(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Walks the document along `path` and returns the position of the deepest node that exists: the key
 * of a map entry (where an editor looks for a field) or the item of a list.
 */
function locateIn(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): Position {
  let node: unknown = doc.contents;
  let position: Position | undefined =
    doc.contents && (doc.contents as YamlNode).range ? positionOf(lineCounter, (doc.contents as YamlNode).range![0]) : undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as YamlNode;
      if (key.range) position = positionOf(lineCounter, key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item) break;
      if (item.range) position = positionOf(lineCounter, item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return position ?? { line: 1, column: 1 };
}

/** Plain-language hints for the YAML mistakes editors make most, given the error and its line's text. */
function yamlHint(code: string, message: string, line: string): string {
  switch (code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      // Note: the same error comes from a value containing ": " and from a line indented too far.
      return /:\s.*:\s/.test(line)
        ? ' (hint: a value that contains ": " must be quoted, or written as a block starting with ">-" on the line above)'
        : " (hint: check the indentation of this line and the next: nested fields line up under their parent)";
    case "DUPLICATE_KEY":
      return " (hint: the same field is written twice; keep one)";
    case "MISSING_CHAR":
      if (/quote/i.test(message)) return " (hint: a quoted value must end with the same quote mark on the same line)";
      return " (hint: check the indentation: list items start with '- ' and nested fields line up under their parent)";
    case "BAD_INDENT":
      return " (hint: check the indentation: list items start with '- ' and nested fields line up under their parent)";
    case "TAB_AS_INDENT":
      return " (hint: indent with spaces, not tabs)";
    default:
      return "";
  }
}

export type ParsedYaml = { source: YamlSource; problems: Problem[] };

/** The first line with a double quote that is never closed on that line, and the quote's column. */
function unclosedQuote(text: string): Position | undefined {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\\./g, "__");
    const value = line.replace(/^\s*(?:- |[\w.-]+:\s*)*/, "");
    if (value.startsWith('"') && (value.match(/"/g) ?? []).length % 2 === 1) return { line: i + 1, column: line.length - value.length + 1 };
  }
  return undefined;
}

/**
 * Parses YAML text with the `yaml` package (YAML 1.2 core schema, so `2026-05-01` stays a string, never a
 * Date): one parse gives the data and, through its LineCounter, the line and column of every field for the
 * check's messages.
 */
export function parseYamlSource(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Note: one YAML mistake makes the parser report more after it; only the first is real.
    const error = doc.errors[0]!;
    const first = error.message.split("\n")[0]!;
    // Note: a quoted value may span lines, so the parser notices a missing closing quote only where the
    // text ends; the editor needs the line where the quote was opened.
    const opened = error.code === "MISSING_CHAR" && /quote/i.test(first) ? unclosedQuote(text) : undefined;
    const pos = opened ?? positionOf(lineCounter, error.pos[0]);
    const lineText = text.split("\n")[pos.line - 1] ?? "";
    const problem: Problem = {
      severity: "error",
      file,
      line: pos.line,
      column: pos.column,
      field: "(yaml)",
      message: `invalid YAML: ${first}${yamlHint(error.code, first, lineText)}; the other fields are checked once this is fixed`,
    };
    return { source: { file, data: undefined, locate: () => ({ line: 1, column: 1 }) }, problems: [problem] };
  }
  let data: unknown;
  try {
    // Note: an empty document is "no fields", as an editor reads it, not a null value.
    data = doc.contents === null ? undefined : doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias to an anchor that is not there (`*a`), or one that expands without end.
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    const problem: Problem = { severity: "error", file, line: 1, column: 1, field: "(yaml)", message: `invalid YAML: ${message}; the other fields are checked once this is fixed` };
    return { source: { file, data: undefined, locate: () => ({ line: 1, column: 1 }) }, problems: [problem] };
  }
  return { source: { file, data, locate: (path) => locateIn(doc, lineCounter, path) }, problems: [] };
}

export type ParsedMarkdown = {
  source: YamlSource;
  /** The markdown body after the frontmatter. */
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
  problems: Problem[];
};

/** A line `---` (trailing spaces allowed) that closes the frontmatter. */
const CLOSING_FENCE = /\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits `---` frontmatter from the markdown body with gray-matter. Its `matter` string starts right
 * after the opening `---`, so line N of it is line N of the file. Note: gray-matter only splits here; the
 * YAML is parsed by `parseYamlSource`, which knows how to report problems with their lines. The two
 * checks before it give editors a clear message where gray-matter would silently read the whole file
 * as body. Note: its own YAML engine is replaced by a no-op, so the front matter is parsed once, by the
 * `yaml` package.
 */
export function splitFrontmatter(text: string): { matter: string; body: string; bodyLine: number } | "no-frontmatter" | "unclosed" {
  if (!/^---[ \t]*\r?\n/.test(text)) return "no-frontmatter";
  if (!CLOSING_FENCE.test(text.slice(text.indexOf("\n")))) return "unclosed";
  const file = matter(text, { engines: { yaml: () => ({}) } });
  const bodyStart = text.length - file.content.length;
  return { matter: file.matter.replace(/\r$/, ""), body: file.content, bodyLine: countLines(text, bodyStart) };
}

/** The 1-based line number of `offset` in `text`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Splits a markdown file into frontmatter and body and parses the frontmatter (see `parseYamlSource`).
 * Accepts a UTF-8 BOM and CRLF line endings.
 */
export function parseMarkdownSource(file: string, raw: string): ParsedMarkdown {
  const text = raw.replace(/^\uFEFF/, "");
  const split = splitFrontmatter(text);
  const wholeFile = (message: string): ParsedMarkdown => ({
    source: { file, data: undefined, locate: () => ({ line: 1, column: 1 }) },
    body: split === "no-frontmatter" ? text : "",
    bodyLine: 1,
    problems: [{ severity: "error", file, line: 1, column: 1, field: "(frontmatter)", message }],
  });
  if (split === "no-frontmatter") {
    return wholeFile("no frontmatter: the file must start with a line `---`, the YAML fields, and a closing `---`");
  }
  if (split === "unclosed") return wholeFile("the frontmatter is never closed: add a line `---` after the last field");
  const parsed = parseYamlSource(file, split.matter);
  return { source: parsed.source, body: split.body, bodyLine: split.bodyLine, problems: parsed.problems };
}
