import { describe, expect, it } from "vitest";
import { parseDelimited } from "@/lib/research/csv";

const ok = (text: string, delimiter: "," | "\t" = ",") => {
  const result = parseDelimited(text, delimiter);
  if (!result.ok) throw new Error(`unexpected parse failure: ${result.message}`);
  return result;
};

describe("parseDelimited", () => {
  it("strips a UTF-8 byte-order mark, so the first column name is clean", () => {
    const { header, records } = ok('\uFEFFOCC_CODE,TOT_EMP\r\n15-1252,"1,364,180"\r\n');
    expect(header.cells).toEqual(["OCC_CODE", "TOT_EMP"]);
    expect(records).toEqual([{ line: 2, cells: ["15-1252", "1,364,180"], columns: [1, 9] }]);
  });

  it("reads LF, CRLF and a missing final newline alike", () => {
    for (const text of ["a,b\n1,2\n3,4\n", "a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4", "a,b\r1,2\r3,4\r"]) {
      expect(ok(text).records.map((r) => r.cells)).toEqual([
        ["1", "2"],
        ["3", "4"],
      ]);
    }
  });

  it("keeps delimiters, doubled quotes and line breaks inside quotes, and counts lines across them", () => {
    const { records } = ok('code,title\n27-0000,"Arts, Design, ""Entertainment"""\n1,"two\nlines"\n2,after\n');
    expect(records).toEqual([
      { line: 2, cells: ["27-0000", 'Arts, Design, "Entertainment"'], columns: [1, 9] },
      { line: 3, cells: ["1", "two\nlines"], columns: [1, 3] },
      { line: 5, cells: ["2", "after"], columns: [1, 3] },
    ]);
  });

  it("reads tab-separated files, including an empty first header cell and empty cells", () => {
    const { header, records } = ok("\tO*NET-SOC Code\tTask Type\n0\t11-1011.00\t\n", "\t");
    expect(header.cells).toEqual(["", "O*NET-SOC Code", "Task Type"]);
    expect(records[0]!.cells).toEqual(["0", "11-1011.00", ""]);
  });

  it("skips blank lines but keeps the line numbers of the records after them", () => {
    expect(ok("a\n\n1\n\n\n2\n").records.map((r) => [r.line, r.cells[0]])).toEqual([
      [3, "1"],
      [6, "2"],
    ]);
  });

  it("reports an unclosed quote at the line and column where it opens", () => {
    expect(parseDelimited('a,b\n1,"never closed\n2,3\n', ",")).toEqual({
      ok: false,
      line: 2,
      column: 3,
      message: 'a quoted value is never closed (missing ")',
    });
  });

  it("reports text after a closing quote", () => {
    expect(parseDelimited('a,b\n1,"x"y\n', ",")).toEqual({
      ok: false,
      line: 2,
      column: 6,
      message: 'unexpected character "y" after a quoted value',
    });
  });

  it("reports an empty file", () => {
    expect(parseDelimited("\uFEFF", ",")).toMatchObject({ ok: false, line: 1, message: "the file is empty: expected a header row" });
  });
});
