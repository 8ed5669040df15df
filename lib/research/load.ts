import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Problem } from "../check/problems";
import { majorGroupOf, onetToSoc, resolveSocKey } from "./codes";
import { parseDelimited, type CsvRecord } from "./csv";
import { buildDistribution } from "./percentile";
import type { Applicability, Occupation, Research, WageFigures } from "./types";

export type { Applicability, ExposureScores, Occupation, OnetTask, Research, WageFigures } from "./types";
import { ExposureCell, IdCell, OewsCell, OnetSocCell, ShareCell, SocCell, TaskTypeCell, TextCell, type TaskType } from "./values";

/** The shipped data files, relative to the repository root. `content/data/README.md` describes them. */
export const RESEARCH_FILES = {
  exposure: "content/data/gpts-are-gpts/occ_level.csv",
  tasks: "content/data/gpts-are-gpts/full_labelset.tsv",
  wages: "content/data/bls-oews/national_May2021_dl.csv",
  applicability: "content/data/working-with-ai/soc_ai_applicability_scores.csv",
} as const;

export type ResearchLoad = { research: Research | undefined; problems: Problem[] };

/** After this many malformed rows in one file the rest are counted, not listed. */
export const MAX_PROBLEMS_PER_FILE = 20;

type Row<S extends z.ZodObject> = { line: number; data: z.infer<S> };
type RowProblem = (line: number, column: number, field: string, message: string) => void;

/**
 * Reads one delimited file and validates each row against `schema`, whose keys are column names.
 * Every malformed row becomes a problem naming file, line, column and field; rows that fail are
 * dropped (and the whole load fails), never patched.
 */
export function readTable<S extends z.ZodObject>(
  rootDir: string,
  file: string,
  delimiter: "," | "\t",
  schema: S,
  problems: Problem[],
): Row<S>[] | undefined {
  const full = path.join(/*turbopackIgnore: true*/ rootDir, file);
  const problem: RowProblem = (line, column, field, message) => problems.push({ severity: "error", file, line, column, field, message });
  if (!fs.existsSync(full)) {
    problem(1, 1, "(file)", "research data file is missing: copy it back from the dataset's source (see content/data/README.md)");
    return undefined;
  }
  const parsed = parseDelimited(fs.readFileSync(full, "utf8"), delimiter);
  if (!parsed.ok) {
    problem(parsed.line, parsed.column, "(file)", `malformed ${delimiter === "\t" ? "TSV" : "CSV"}: ${parsed.message}`);
    return undefined;
  }
  const columns = Object.keys(schema.shape);
  const index = new Map(parsed.header.cells.map((name, i) => [name.trim(), i] as const));
  const missing = columns.filter((c) => !index.has(c));
  if (missing.length > 0) {
    problem(
      1,
      1,
      "(header)",
      `missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}; the header has ${parsed.header.cells.map((c) => `"${c}"`).join(", ")}`,
    );
    return undefined;
  }
  const header: Header = { width: parsed.header.cells.length, columns, index };
  const rows: Row<S>[] = [];
  let bad = 0;
  for (const record of parsed.records) {
    const before = problems.length;
    const row = readRow(record, header, schema, problem);
    if (row) rows.push(row);
    if (problems.length > before) {
      bad++;
      if (bad > MAX_PROBLEMS_PER_FILE) problems.splice(before); // counted below, not listed
    }
  }
  if (bad > MAX_PROBLEMS_PER_FILE) {
    problem(1, 1, "(file)", `${bad - MAX_PROBLEMS_PER_FILE} more malformed rows not listed (${bad} in all)`);
  }
  return bad > 0 ? undefined : rows;
}

/** What each row is read against: the header's width, the schema's columns and where each column is. */
type Header = { width: number; columns: readonly string[]; index: ReadonlyMap<string, number> };

/** Validates one record against `schema`; undefined (with its problems reported) if it fails. */
function readRow<S extends z.ZodObject>(record: CsvRecord, header: Header, schema: S, problem: RowProblem): Row<S> | undefined {
  if (record.cells.length !== header.width) {
    problem(record.line, 1, "(row)", `expected ${header.width} cells as in the header, found ${record.cells.length}`);
    return undefined;
  }
  const input: Record<string, string> = {};
  for (const c of header.columns) input[c] = record.cells[header.index.get(c)!]!;
  const result = schema.safeParse(input);
  if (result.success) return { line: record.line, data: result.data };
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "(row)");
    const i = header.index.get(field);
    problem(record.line, i === undefined ? 1 : record.columns[i]!, field, issue.message);
  }
  return undefined;
}

const ExposureRow = z.object({
  "O*NET-SOC Code": OnetSocCell,
  Title: TextCell,
  dv_rating_alpha: ShareCell,
  dv_rating_beta: ShareCell,
  dv_rating_gamma: ShareCell,
  human_rating_alpha: ShareCell,
  human_rating_beta: ShareCell,
  human_rating_gamma: ShareCell,
});

const TaskRow = z.object({
  "O*NET-SOC Code": OnetSocCell,
  "Task ID": IdCell,
  Task: TextCell,
  "Task Type": TaskTypeCell,
  gpt4_exposure: ExposureCell,
  human_exposure_agg: ExposureCell,
});

const WageRow = z.object({
  OCC_CODE: SocCell,
  OCC_TITLE: TextCell,
  O_GROUP: z.enum(["total", "major", "minor", "broad", "detailed"]),
  TOT_EMP: OewsCell,
  A_MEDIAN: OewsCell,
  H_MEDIAN: OewsCell,
});

const ApplicabilityRow = z.object({
  "SOC Code": SocCell,
  title: TextCell,
  ai_applicability_score: ShareCell,
});

/** Reports a repeated key on its second occurrence, naming the line of the first. */
function checkUnique<T>(
  rows: Row<z.ZodObject>[] | undefined,
  file: string,
  field: string,
  key: (row: Row<z.ZodObject>) => T,
  problems: Problem[],
): boolean {
  if (!rows) return false;
  const seen = new Map<T, number>();
  let ok = true;
  for (const row of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first !== undefined) {
      problems.push({
        severity: "error",
        file,
        line: row.line,
        column: 1,
        field,
        message: `${String(k)} is listed twice (first on line ${first})`,
      });
      ok = false;
    } else seen.set(k, row.line);
  }
  return ok;
}

const TASK_ORDER: Record<TaskType, number> = { core: 0, supplemental: 1, unclassified: 2 };

/**
 * Reads, validates and joins the research files under `rootDir` (the folder holding `content/`).
 * Never throws for bad data: every problem is returned, and `research` is undefined if there is any.
 * Each file is read once; everything after is map lookups, so the cost is linear in the rows.
 */
export function loadResearch(rootDir: string = process.cwd()): ResearchLoad {
  const problems: Problem[] = [];
  const tables = readTables(rootDir, problems);
  if (!tables) return { research: undefined, problems };
  const wages = indexWages(tables.wages);
  const applicabilityBySoc = new Map(tables.applicability.map(({ data }) => [data["SOC Code"], data] as const));
  const occupations = tables.exposure.map(({ data }) => buildOccupation(data, wages.bySoc, applicabilityBySoc));
  const byCode = new Map(occupations.map((o) => [o.code, o] as const));
  const taskOwner = attachTasks(tables.tasks, byCode, problems);
  if (problems.length > 0) return { research: undefined, problems };

  for (const occupation of occupations) occupation.tasks.sort((a, b) => TASK_ORDER[a.type] - TASK_ORDER[b.type]); // stable: keeps O*NET's order
  occupations.sort((a, b) => a.code.localeCompare(b.code));

  return {
    research: {
      occupations,
      byCode,
      taskOwner,
      majorGroups: wages.majorGroups,
      employment: wages.employment,
      distributions: {
        gpt4Beta: buildDistribution(occupations.map((o) => o.gpt4.beta)),
        humanBeta: buildDistribution(occupations.map((o) => o.human.beta)),
        applicability: buildDistribution(tables.applicability.map((r) => r.data.ai_applicability_score)),
      },
    },
    problems,
  };
}

type Tables = {
  exposure: Row<typeof ExposureRow>[];
  tasks: Row<typeof TaskRow>[];
  wages: Row<typeof WageRow>[];
  applicability: Row<typeof ApplicabilityRow>[];
};

/** The four files, every row valid and every key once; undefined when anything is wrong (all of it reported). */
function readTables(rootDir: string, problems: Problem[]): Tables | undefined {
  const exposure = readTable(rootDir, RESEARCH_FILES.exposure, ",", ExposureRow, problems);
  const tasks = readTable(rootDir, RESEARCH_FILES.tasks, "\t", TaskRow, problems);
  const wages = readTable(rootDir, RESEARCH_FILES.wages, ",", WageRow, problems);
  const applicability = readTable(rootDir, RESEARCH_FILES.applicability, ",", ApplicabilityRow, problems);

  const uniqueExposure = checkUnique(exposure, RESEARCH_FILES.exposure, "O*NET-SOC Code", (r) => r.data["O*NET-SOC Code"], problems);
  const uniqueTasks = checkUnique(tasks, RESEARCH_FILES.tasks, "Task ID", (r) => r.data["Task ID"], problems);
  const uniqueWages = checkUnique(wages, RESEARCH_FILES.wages, "OCC_CODE", (r) => `${r.data.OCC_CODE} (${r.data.O_GROUP})`, problems);
  const uniqueApplicability = checkUnique(applicability, RESEARCH_FILES.applicability, "SOC Code", (r) => r.data["SOC Code"], problems);
  if (!exposure || !tasks || !wages || !applicability || !uniqueExposure || !uniqueTasks || !uniqueWages || !uniqueApplicability) {
    return undefined;
  }
  return { exposure, tasks, wages, applicability };
}

type WageData = z.infer<typeof WageRow>;

/** The BLS rows by level: detailed occupations by SOC code, major groups' titles, and employment. */
function indexWages(rows: Row<typeof WageRow>[]): {
  bySoc: Map<string, WageData>;
  majorGroups: Map<string, string>;
  employment: Research["employment"];
} {
  const bySoc = new Map<string, WageData>();
  const majorGroups = new Map<string, string>();
  const employment: Research["employment"] = { total: undefined, detailed: [] };
  for (const { data } of rows) {
    if (data.O_GROUP === "detailed") {
      bySoc.set(data.OCC_CODE, data);
      if (data.TOT_EMP.status === "value")
        employment.detailed.push({ code: data.OCC_CODE, title: data.OCC_TITLE, employment: data.TOT_EMP.value });
    } else if (data.O_GROUP === "major") majorGroups.set(majorGroupOf(data.OCC_CODE), data.OCC_TITLE);
    else if (data.O_GROUP === "total" && data.TOT_EMP.status === "value") employment.total = data.TOT_EMP.value;
  }
  return { bySoc, majorGroups, employment };
}

/** One occupation from its exposure row, with its BLS figures and applicability score where they exist; tasks come later. */
function buildOccupation(
  data: z.infer<typeof ExposureRow>,
  wagesBySoc: ReadonlyMap<string, WageData>,
  applicabilityBySoc: ReadonlyMap<string, z.infer<typeof ApplicabilityRow>>,
): Occupation {
  const code = data["O*NET-SOC Code"];
  return {
    code,
    soc: onetToSoc(code),
    majorGroup: majorGroupOf(code),
    title: data.Title,
    gpt4: { alpha: data.dv_rating_alpha, beta: data.dv_rating_beta, gamma: data.dv_rating_gamma },
    human: { alpha: data.human_rating_alpha, beta: data.human_rating_beta, gamma: data.human_rating_gamma },
    tasks: [],
    applicability: applicabilityFor(code, applicabilityBySoc),
    wages: wagesFor(code, wagesBySoc),
  };
}

function applicabilityFor(code: string, bySoc: ReadonlyMap<string, z.infer<typeof ApplicabilityRow>>): Applicability | undefined {
  const key = resolveSocKey(code, (soc) => bySoc.has(soc));
  const row = key && bySoc.get(key.soc);
  return key && row ? { code: key.soc, title: row.title, combined: key.combined, score: row.ai_applicability_score } : undefined;
}

function wagesFor(code: string, bySoc: ReadonlyMap<string, WageData>): WageFigures | undefined {
  const key = resolveSocKey(code, (soc) => bySoc.has(soc));
  const row = key && bySoc.get(key.soc);
  return key && row
    ? {
        code: key.soc,
        title: row.OCC_TITLE,
        combined: key.combined,
        employment: row.TOT_EMP,
        medianAnnualWage: row.A_MEDIAN,
        medianHourlyWage: row.H_MEDIAN,
      }
    : undefined;
}

/** Gives each task statement to its occupation; returns task ID → occupation code. A task of an unknown occupation is a problem. */
function attachTasks(rows: Row<typeof TaskRow>[], byCode: ReadonlyMap<string, Occupation>, problems: Problem[]): Map<number, string> {
  const taskOwner = new Map<number, string>();
  for (const { line, data } of rows) {
    const code = data["O*NET-SOC Code"];
    const occupation = byCode.get(code);
    if (!occupation) {
      problems.push({
        severity: "error",
        file: RESEARCH_FILES.tasks,
        line,
        column: 1,
        field: "O*NET-SOC Code",
        message: `occupation ${code} has task statements but no exposure scores in ${RESEARCH_FILES.exposure}`,
      });
      continue;
    }
    occupation.tasks.push({
      id: data["Task ID"],
      statement: data.Task,
      type: data["Task Type"],
      gpt4: data.gpt4_exposure,
      human: data.human_exposure_agg,
    });
    taskOwner.set(data["Task ID"], code);
  }
  return taskOwner;
}

const memo = new Map<string, ResearchLoad>();

/** `loadResearch`, once per root per process: the content check and the pages share one parse. */
export function loadResearchOnce(rootDir: string): ResearchLoad {
  const key = path.resolve(rootDir);
  let loaded = memo.get(key);
  if (!loaded) {
    loaded = loadResearch(key);
    memo.set(key, loaded);
  }
  return loaded;
}
