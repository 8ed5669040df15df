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

export type CsvParseResult =
  { ok: true; header: CsvRecord; records: CsvRecord[] } | { ok: false; line: number; column: number; message: string };

export function parseDelimited(text: string, delimiter: "," | "\t"): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let columns: number[] = [];
  let line = 1;
  let lineStart = 0;
  let recordLine = 1;
  let i = 0;
  const n = src.length;

  const endRecord = () => {
    // A record that is one empty cell is a blank line.
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordLine, cells, columns });
    cells = [];
    columns = [];
  };

  while (i <= n) {
    // Fast path: a line with no quote in it is one whole record; split it directly.
    if (cells.length === 0 && i < n) {
      let end = src.indexOf("\n", i);
      if (end < 0) end = n;
      const lineEnd = end > i && src[end - 1] === "\r" ? end - 1 : end;
      const text = src.slice(i, lineEnd);
      if (!text.includes('"') && !text.includes("\r")) {
        cells = text.split(delimiter);
        columns = new Array<number>(cells.length);
        let column = 1;
        for (let k = 0; k < cells.length; k++) {
          columns[k] = column;
          column += cells[k]!.length + 1;
        }
        endRecord();
        if (end >= n) break;
        i = end + 1;
        line++;
        lineStart = i;
        recordLine = line;
        if (i === n) break;
        continue;
      }
    }
    const cellColumn = i - lineStart + 1;
    if (src[i] === '"') {
      // Quoted cell: runs to the next lone quote; "" is a literal quote.
      const openLine = line;
      let value = "";
      let j = i + 1;
      for (;;) {
        const q = src.indexOf('"', j);
        if (q < 0) return { ok: false, line: openLine, column: cellColumn, message: 'a quoted value is never closed (missing ")' };
        const chunk = src.slice(j, q);
        for (let k = chunk.indexOf("\n"); k >= 0; k = chunk.indexOf("\n", k + 1)) {
          line++;
          lineStart = j + k + 1;
        }
        value += chunk;
        if (src[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      const next = src[j];
      if (j < n && next !== delimiter && next !== "\n" && next !== "\r") {
        return { ok: false, line, column: j - lineStart + 1, message: `unexpected character ${JSON.stringify(next)} after a quoted value` };
      }
      cells.push(value.replace(/\r\n/g, "\n"));
      columns.push(cellColumn);
      i = j;
    } else {
      let j = i;
      while (j < n && src[j] !== delimiter && src[j] !== "\n" && src[j] !== "\r") j++;
      cells.push(src.slice(i, j));
      columns.push(cellColumn);
      i = j;
    }
    // After a cell: a delimiter, a line break or the end.
    if (i >= n) {
      endRecord();
      break;
    }
    if (src[i] === delimiter) {
      i++;
      if (i === n) {
        // A trailing delimiter at the very end: one more empty cell.
        cells.push("");
        columns.push(i - lineStart + 1);
        endRecord();
        break;
      }
      continue;
    }
    // Line break (\r\n, \n or a lone \r).
    i += src[i] === "\r" && src[i + 1] === "\n" ? 2 : 1;
    endRecord();
    line++;
    lineStart = i;
    recordLine = line;
    if (i === n) break;
  }

  const [header, ...rest] = records;
  if (!header) return { ok: false, line: 1, column: 1, message: "the file is empty: expected a header row" };
  return { ok: true, header, records: rest };
}
