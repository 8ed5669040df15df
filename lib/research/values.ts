import { z } from "zod";

/*
 * Cell schemas for the research files. Every cell arrives as a string; each schema turns it into a
 * typed value or fails with a message that quotes what it found. `Number("")` is 0 and
 * `parseFloat("1,234")` is 1: neither is used, so a malformed cell can never become a silent 0 or NaN.
 */

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
/** Digits grouped in threes by commas, as BLS writes them: "1,364,180" or "120,990.50". */
const GROUPED_NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Parses "1234", "1,234", "0.5", "1e-3"; returns undefined for anything else. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  if (GROUPED_NUMBER.test(trimmed)) return Number(trimmed.replace(/,/g, ""));
  return undefined;
}

const found = (value: string) => (value.trim() === "" ? "an empty cell" : JSON.stringify(value));

/** A number (thousands separators allowed). */
export const NumberCell = z.string().transform((value, ctx) => {
  const parsed = parseNumberText(value);
  if (parsed === undefined || !Number.isFinite(parsed)) {
    ctx.addIssue({ code: "custom", message: `expected a number, found ${found(value)}` });
    return z.NEVER;
  }
  return parsed;
});

/** A share between 0 and 1, as the exposure and applicability scores are. */
export const ShareCell = NumberCell.pipe(
  z.number().min(0, { error: "expected a value between 0 and 1" }).max(1, { error: "expected a value between 0 and 1" }),
);

/** A whole, positive identifier written as an integer or as a float with a zero fraction ("8823.0"). */
export const IdCell = z.string().transform((value, ctx) => {
  const match = /^(\d+)(?:\.0+)?$/.exec(value.trim());
  const id = match ? Number(match[1]) : Number.NaN;
  if (!match || !Number.isSafeInteger(id) || id <= 0) {
    ctx.addIssue({ code: "custom", message: `expected a whole positive number, found ${found(value)}` });
    return z.NEVER;
  }
  return id;
});

/** Non-empty text, trimmed. */
export const TextCell = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().min(1, { error: "expected text, found an empty cell" }));

/** An O*NET-SOC occupation code, e.g. 15-1252.00. */
export const OnetSocCell = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, { error: "expected an O*NET-SOC code such as 15-1252.00" });
/** A SOC 2018 code, e.g. 15-1252. */
export const SocCell = z.string().regex(/^\d{2}-\d{4}$/, { error: "expected a SOC code such as 15-1252" });

/**
 * A BLS OEWS estimate: a number, or one of the markers BLS uses instead of a number.
 * - `#`: the wage is at or above the top of the published range ($100.00 an hour, $208,000 a year in May 2021);
 * - `*`: a wage estimate is not available; `**`: an employment estimate is not available.
 */
export type OewsValue = { status: "value"; value: number } | { status: "top-coded" } | { status: "not-available"; marker: "*" | "**" };

export const OewsCell = z.string().transform((value, ctx): OewsValue => {
  const trimmed = value.trim();
  if (trimmed === "#") return { status: "top-coded" };
  if (trimmed === "*" || trimmed === "**") return { status: "not-available", marker: trimmed };
  const parsed = parseNumberText(trimmed);
  if (parsed === undefined || parsed < 0) {
    ctx.addIssue({ code: "custom", message: `expected a number or one of the BLS markers *, ** or #, found ${found(value)}` });
    return z.NEVER;
  }
  return { status: "value", value: parsed };
});

/** Exposure labels of the GPTs-are-GPTs rubric. */
export const EXPOSURE_LABELS = ["E0", "E1", "E2"] as const;
export type ExposureLabel = (typeof EXPOSURE_LABELS)[number];
export const ExposureCell = z.enum(EXPOSURE_LABELS, {
  error: (issue) => `expected one of E0 | E1 | E2, found ${found(String(issue.input ?? ""))}`,
});

/** O*NET task type: "Core", "Supplemental", or empty when O*NET does not classify the task. */
export const TASK_TYPES = ["core", "supplemental", "unclassified"] as const;
export type TaskType = (typeof TASK_TYPES)[number];
export const TaskTypeCell = z.string().transform((value, ctx): TaskType => {
  const trimmed = value.trim();
  if (trimmed === "Core") return "core";
  if (trimmed === "Supplemental") return "supplemental";
  if (trimmed === "") return "unclassified";
  ctx.addIssue({ code: "custom", message: `expected Core, Supplemental or an empty cell, found ${found(value)}` });
  return z.NEVER;
});
