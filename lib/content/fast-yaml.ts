import yaml from "js-yaml";

/*
 * A fast reader for the plain subset of YAML our content is written in: block mappings with simple keys,
 * block sequences, plain / single-quoted / double-quoted one-line scalars, flow lists of plain scalars,
 * `>`/`>-`/`|`/`|-` block scalars with evenly indented lines, and full-line comments.
 *
 * Note: it exists only for speed (it reads a 1,000-file tree several times faster than js-yaml). It never
 * decides anything on its own: on the first construct it does not handle with certainty it answers
 * `undefined` and the caller parses the text with js-yaml, so both give the same data. Plain scalars are
 * resolved by js-yaml's own YAML 1.2 core-schema resolvers (null, bool, int, float). A unit test checks
 * the result equals js-yaml's on every content file and on random documents.
 */

/** js-yaml's implicit types for the core schema, in its resolution order. */
type ImplicitType = { resolve(data: string): boolean; construct(data: string): unknown };
const IMPLICIT_TYPES = (yaml.CORE_SCHEMA as unknown as { implicit: ImplicitType[] }).implicit;

/** Characters js-yaml rejects or treats specially, plus tabs and rare line separators: leave those to it. */
const UNSAFE_CHARS = /[\x00-\x08\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
/** First characters of a value that start a construct this reader leaves to js-yaml (tags, anchors, flow maps…). */
const SPECIAL_START = /^[-?:,\]{}#&*!%@`]/;
const FLOW_ITEM = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/** Thrown internally when the text leaves the subset; caught in `fastYamlLoad`. */
class Unsupported extends Error {}

/** The words the core schema reads as null or a boolean; any other text starting with a letter is a string. */
const WORDS = new Map<string, unknown>([
  ["~", null],
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);

function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  // Note: only text starting with a digit, a sign or a dot can be an int or a float (`12`, `-3`, `.inf`,
  // `0x1F`); for those, js-yaml's own resolvers decide. Most values are prose and return at once.
  if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
    for (const type of IMPLICIT_TYPES) if (type.resolve(text)) return type.construct(text);
    return text;
  }
  if (text.length <= 5) {
    const word = WORDS.get(text);
    if (word !== undefined || text === "~") return word;
  }
  return text;
}

function isKeyStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isKeyChar(code: number): boolean {
  return isKeyStart(code) || (code >= 48 && code <= 57) || code === 45;
}

/**
 * If `line` holds a simple key at `start` (`name:` then the end or a space), the index of its colon;
 * otherwise -1.
 */
function keyColon(line: string, start: number): number {
  if (!isKeyStart(line.charCodeAt(start))) return -1;
  let i = start + 1;
  while (isKeyChar(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 58 /* : */) return -1;
  const after = line.charCodeAt(i + 1);
  return Number.isNaN(after) || after === 32 ? i : -1;
}

/** Whether `line` has a list item marker (`-` then the end or a space) at `start`. */
function isDash(line: string, start: number): boolean {
  if (line.charCodeAt(start) !== 45) return false;
  const after = line.charCodeAt(start + 1);
  return Number.isNaN(after) || after === 32;
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

class Reader {
  private readonly lines: string[];
  private index = 0;

  constructor(text: string) {
    this.lines = text.split("\n");
  }

  /** Moves past blank lines and full-line comments; returns the next line's indent, or -1 at the end. */
  private peek(): number {
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      const indent = indentOf(line);
      if (indent === line.length || line.charCodeAt(indent) === 35 /* # */) this.index++;
      else return indent;
    }
    return -1;
  }

  document(): Record<string, unknown> {
    if (this.peek() !== 0) throw new Unsupported();
    const value = this.mapping(0);
    if (this.peek() !== -1) throw new Unsupported();
    return value;
  }

  private node(indent: number): unknown {
    return isDash(this.lines[this.index]!, indent) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (;;) {
      const next = this.peek();
      if (next < indent) return result;
      if (next > indent) throw new Unsupported();
      const line = this.lines[this.index]!;
      const colon = keyColon(line, indent);
      if (colon === -1) {
        // A list at the same indent as its key (`key:` then `- item`) ends here; anything else is not ours.
        return result;
      }
      // Keys resolve like any plain scalar (`True:` is the key "true"), then become property names.
      const key = String(resolvePlain(line.slice(indent, colon)));
      if (key === "__proto__" || Object.prototype.hasOwnProperty.call(result, key)) throw new Unsupported();
      this.index++;
      const rest = line.slice(colon + 1).trim();
      if (rest === "") {
        const child = this.peek();
        if (child > indent) result[key] = this.node(child);
        else if (child === indent && isDash(this.lines[this.index]!, indent)) result[key] = this.sequence(indent);
        else result[key] = null;
      } else {
        result[key] = this.inline(rest, indent);
      }
    }
  }

  private sequence(indent: number): unknown[] {
    const result: unknown[] = [];
    for (;;) {
      const next = this.peek();
      if (next < indent) return result;
      if (next > indent) throw new Unsupported();
      const line = this.lines[this.index]!;
      if (!isDash(line, indent)) return result; // the key after a same-indent list
      let column = indent + 1;
      while (line.charCodeAt(column) === 32) column++;
      if (column === line.length || isDash(line, column)) throw new Unsupported();
      if (keyColon(line, column) !== -1) {
        // `- key: value` opens a mapping whose keys line up with `key`.
        this.lines[this.index] = " ".repeat(column) + line.slice(column);
        result.push(this.mapping(column));
      } else {
        this.index++;
        result.push(this.inline(line.slice(column).trimEnd(), indent));
      }
    }
  }

  /** A value written after `key: ` or `- ` (trimmed, non-empty). */
  private inline(text: string, parentIndent: number): unknown {
    const first = text[0];
    if (first === '"') return this.closed(text, doubleQuoted(text));
    if (first === "'") return this.closed(text, singleQuoted(text));
    if (first === "[") return flowList(text);
    if (first === ">" || first === "|") return this.blockScalar(text, parentIndent);
    if (text === "{}") return {};
    if (SPECIAL_START.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) throw new Unsupported();
    return resolvePlain(text);
  }

  private closed(text: string, [value, end]: [string, number]): string {
    if (text.slice(end).trim() !== "") throw new Unsupported();
    return value;
  }

  private blockScalar(header: string, parentIndent: number): string {
    if (header !== ">" && header !== ">-" && header !== "|" && header !== "|-") throw new Unsupported();
    const folded = header[0] === ">";
    let out = "";
    let contentIndent = -1;
    let blanks = 0;
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      const indent = indentOf(line);
      if (indent === line.length) {
        // Note: spaces beyond the content indent are content ("a\n   " keeps them), and leading empty
        // lines set the indent in other ways: neither is ours.
        if (contentIndent === -1 || indent > contentIndent) throw new Unsupported();
        blanks++;
        this.index++;
        continue;
      }
      if (contentIndent === -1) {
        if (indent <= parentIndent) break;
        contentIndent = indent;
      }
      if (indent < contentIndent) break;
      // More-indented lines and trailing spaces fold in special ways.
      if (indent > contentIndent || line.endsWith(" ")) throw new Unsupported();
      const text = line.slice(indent);
      if (out === "") out = text;
      // Folding: a single line break becomes a space; a break followed by n empty lines becomes n breaks.
      else if (folded) out += (blanks === 0 ? " " : "\n".repeat(blanks)) + text;
      else out += "\n".repeat(blanks + 1) + text;
      blanks = 0;
      this.index++;
    }
    if (contentIndent === -1) throw new Unsupported();
    return header.endsWith("-") ? out : `${out}\n`;
  }
}

function doubleQuoted(text: string): [string, number] {
  const close = text.indexOf('"', 1);
  if (close === -1) throw new Unsupported(); // continues on the next line
  const backslash = text.indexOf("\\", 1);
  if (backslash === -1 || backslash > close) return [text.slice(1, close), close + 1];
  // Escapes: only \" and \\ are ours.
  let out = "";
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') return [out, i + 1];
    if (ch === "\\") {
      const escaped = text[i + 1];
      if (escaped !== '"' && escaped !== "\\") throw new Unsupported();
      out += escaped;
      i++;
    } else {
      out += ch;
    }
  }
  throw new Unsupported();
}

function singleQuoted(text: string): [string, number] {
  let out = "";
  let from = 1;
  for (;;) {
    const quote = text.indexOf("'", from);
    if (quote === -1) throw new Unsupported();
    out += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) !== 39) return [out, quote + 1];
    out += "'"; // '' is an escaped quote
    from = quote + 2;
  }
}

function flowList(text: string): unknown[] {
  if (!text.endsWith("]")) throw new Unsupported();
  const inner = text.slice(1, -1).trim();
  if (inner === "") return [];
  return inner.split(",").map((item) => {
    const trimmed = item.trim();
    if (!FLOW_ITEM.test(trimmed)) throw new Unsupported();
    return resolvePlain(trimmed);
  });
}

/**
 * Parses `text` if it is written in the subset described above, giving exactly what
 * `yaml.load(text, { schema: CORE_SCHEMA })` gives; `undefined` means "not in the subset: use js-yaml".
 */
export function fastYamlLoad(text: string): Record<string, unknown> | undefined {
  let normalised = text;
  if (text.includes("\r")) {
    normalised = text.replace(/\r\n/g, "\n");
    if (normalised.includes("\r")) return undefined;
  }
  if (UNSAFE_CHARS.test(normalised)) return undefined;
  try {
    return new Reader(normalised).document();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
