/**
 * A small RFC 4180 reader for the research files (CSV and TSV). Written here rather than pulled in as
 * a dependency because the loaders need two things most parsers drop: the line each record starts on
 * and the column of each cell, so a malformed value can be reported as `file:line:column`.
 *
 * Handles a UTF-8 byte-order mark, CRLF or LF line endings, quoted cells with doubled quotes, and
 * delimiters or line breaks inside quotes. Blank lines are skipped.
 */

/** One record: its cells, the 1-based line it starts on and the 1-based column of each cell. */
export type CsvRecord = { line: number; cells: string[]; columns: number[] };

type ParseFailure = { ok: false; line: number; column: number; message: string };

export type CsvParseResult = { ok: true; header: CsvRecord; records: CsvRecord[] } | ParseFailure;

export function parseDelimited(text: string, delimiter: "," | "\t"): CsvParseResult {
  const reader = new RecordReader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, delimiter);
  const failure = reader.readAll();
  if (failure) return failure;
  const [header, ...rest] = reader.records;
  if (!header) return { ok: false, line: 1, column: 1, message: "the file is empty: expected a header row" };
  return { ok: true, header, records: rest };
}

/**
 * One pass over the text, record by record. Most lines hold no quote, so each record first tries
 * `plainLine`, which splits the whole line at once; only a line with a quote (or a lone CR) is read
 * cell by cell. `line` and `lineStart` follow every line break, those inside quotes included, so
 * each cell's column is its offset from `lineStart`.
 */
class RecordReader {
  readonly records: CsvRecord[] = [];
  private cells: string[] = [];
  private columns: number[] = [];
  /** Offset of the next character to read. */
  private i = 0;
  private line = 1;
  /** Offset of the first character of the current line. */
  private lineStart = 0;
  /** The line the current record starts on. */
  private recordLine = 1;
  private readonly n: number;

  constructor(
    private readonly src: string,
    private readonly delimiter: "," | "\t",
  ) {
    this.n = src.length;
  }

  readAll(): ParseFailure | undefined {
    while (this.i < this.n) {
      if (this.plainLine()) continue;
      const failure = this.readByCell();
      if (failure) return failure;
    }
    return undefined;
  }

  /** Reads the line at `i` as one record if it has no quote and no lone CR; false (nothing read) otherwise. */
  private plainLine(): boolean {
    const { src, n, i } = this;
    let end = src.indexOf("\n", i);
    if (end < 0) end = n;
    const lineEnd = end > i && src[end - 1] === "\r" ? end - 1 : end;
    const text = src.slice(i, lineEnd);
    if (text.includes('"') || text.includes("\r")) return false;
    const cells = text.split(this.delimiter);
    const columns = new Array<number>(cells.length);
    let column = 1;
    for (let k = 0; k < cells.length; k++) {
      columns[k] = column;
      column += cells[k]!.length + 1;
    }
    this.cells = cells;
    this.columns = columns;
    this.endRecord();
    this.newLine(end + 1);
    return true;
  }

  /** Reads one record cell by cell, up to and including its line break. */
  private readByCell(): ParseFailure | undefined {
    for (;;) {
      const column = this.i - this.lineStart + 1;
      if (this.src[this.i] === '"') {
        const failure = this.quotedCell(column);
        if (failure) return failure;
      } else this.plainCell(column);
      // After a cell: the end, a delimiter or a line break.
      if (this.i >= this.n) {
        this.endRecord();
        return undefined;
      }
      if (this.src[this.i] === this.delimiter) {
        this.i++;
        if (this.i < this.n) continue;
        // A trailing delimiter at the very end: one more empty cell.
        this.addCell("", this.i - this.lineStart + 1);
        this.endRecord();
        return undefined;
      }
      // Line break (\r\n, \n or a lone \r).
      this.endRecord();
      this.newLine(this.i + (this.src[this.i] === "\r" && this.src[this.i + 1] === "\n" ? 2 : 1));
      return undefined;
    }
  }

  /** A quoted cell opening at `i`: runs to the next lone quote; "" is a literal quote. */
  private quotedCell(column: number): ParseFailure | undefined {
    const { src, n } = this;
    const openLine = this.line;
    let value = "";
    let j = this.i + 1;
    for (;;) {
      const q = src.indexOf('"', j);
      if (q < 0) return { ok: false, line: openLine, column, message: 'a quoted value is never closed (missing ")' };
      const chunk = src.slice(j, q);
      for (let k = chunk.indexOf("\n"); k >= 0; k = chunk.indexOf("\n", k + 1)) {
        this.line++;
        this.lineStart = j + k + 1;
      }
      value += chunk;
      if (src[q + 1] !== '"') {
        j = q + 1;
        break;
      }
      value += '"';
      j = q + 2;
    }
    const next = src[j];
    if (j < n && next !== this.delimiter && next !== "\n" && next !== "\r") {
      return {
        ok: false,
        line: this.line,
        column: j - this.lineStart + 1,
        message: `unexpected character ${JSON.stringify(next)} after a quoted value`,
      };
    }
    this.addCell(value.replace(/\r\n/g, "\n"), column);
    this.i = j;
    return undefined;
  }

  /** An unquoted cell at `i`: runs to the next delimiter or line break; a quote inside it is kept. */
  private plainCell(column: number): void {
    const { src, n, delimiter } = this;
    let j = this.i;
    while (j < n && src[j] !== delimiter && src[j] !== "\n" && src[j] !== "\r") j++;
    this.addCell(src.slice(this.i, j), column);
    this.i = j;
  }

  private addCell(value: string, column: number): void {
    this.cells.push(value);
    this.columns.push(column);
  }

  private endRecord(): void {
    // A record that is one empty cell is a blank line.
    if (!(this.cells.length === 1 && this.cells[0] === ""))
      this.records.push({ line: this.recordLine, cells: this.cells, columns: this.columns });
    this.cells = [];
    this.columns = [];
  }

  /** Moves to the line starting at `start`; the next record starts on it. */
  private newLine(start: number): void {
    this.i = start;
    this.line++;
    this.lineStart = start;
    this.recordLine = this.line;
  }
}
