import { TASK_KIND_LABELS, type Plan } from "./plan";

/*
 * iCalendar (RFC 5545) output: CRLF line ends, content lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped, and for each event a UID, a DTSTAMP and an all-day DTSTART.
 */

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets, continuation lines start
 * with a single space, and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // continuation lines lose one octet to the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2027-01-04 → 20270104 (a DATE value). */
export function icsDate(iso: string): string {
  return iso.replace(/-/g, "");
}

/** A UTC DATE-TIME such as 20261125T162532Z. */
export function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export type CalendarEvent = {
  uid: string;
  /** All-day event on this date (YYYY-MM-DD). */
  date: string;
  summary: string;
  description: string;
  url?: string;
};

export type CalendarOptions = {
  name: string;
  events: CalendarEvent[];
  /** When the file is made: every event's DTSTAMP. */
  now: Date;
};

/** A complete VCALENDAR with one all-day VEVENT per event. */
export function buildCalendar({ name, events, now }: CalendarOptions): string {
  const stamp = icsDateTime(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Role Compass//12-week action plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    const next = new Date(`${event.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(next.toISOString().slice(0, 10))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      // An all-day reminder should not block the day in the reader's calendar.
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export type PlanCalendarOptions = {
  slug: string;
  /** Absolute URL of the plan page with the same settings. */
  planUrl: string;
  /** Host name used in UIDs, e.g. rolecompass.org. */
  host: string;
  now: Date;
};

/**
 * One all-day event on the first day of each week. UIDs depend only on the role, start date and week, so
 * importing an updated plan with the same start replaces the events instead of duplicating them.
 */
export function planToCalendar(plan: Plan, { slug, planUrl, host, now }: PlanCalendarOptions): string {
  return buildCalendar({
    name: `12-week AI plan: ${plan.roleTitle}`,
    now,
    events: plan.weeks.map((week) => ({
      uid: `${slug}-${plan.start}-week-${week.week}@${host}`,
      date: week.starts,
      summary: `Week ${week.week} of 12: ${week.focus}`,
      description: [
        `${plan.hoursPerWeek} h this week.`,
        ...week.tasks.map((t) => `- ${TASK_KIND_LABELS[t.kind]}: ${t.title} (${t.hours} h). ${t.detail}`),
        `Checkpoint: ${week.checkpoint}`,
        `Full plan: ${planUrl}`,
      ].join("\n"),
      url: planUrl,
    })),
  });
}
