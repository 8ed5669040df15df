import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, icsDateTime, planToCalendar } from "@/lib/assessment/calendar";
import { buildPlan } from "@/lib/assessment/plan";
import { PROFILE, answers } from "./helpers/assessment-profile";
import { octets, parseIcs, prop, unescapeText } from "./helpers/ics-reader";

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves a 75-octet line alone and folds a 76-octet one", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("never splits a multi-byte character", () => {
    const line = `${"x".repeat(74)}é${"y".repeat(10)}`; // é is 2 octets: it cannot fit in octets 75–76
    expect(foldLine(line)).toBe(`${"x".repeat(74)}\r\n é${"y".repeat(10)}`);
  });

  it("keeps every physical line within 75 octets and unfolds to the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const line = s.replace(/[\r\n]/g, "");
        const folded = foldLine(line);
        for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });
});

describe("parseIcs (the tests' reader)", () => {
  it("refuses LF line ends, long lines and unclosed components", () => {
    const ok = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    expect(parseIcs(ok).props).toEqual([{ name: "VERSION", params: {}, value: "2.0" }]);
    expect(() => parseIcs(ok.replace(/\r\n/g, "\n"))).toThrow(/CRLF|bare/);
    expect(() => parseIcs(ok.replace("2.0", "x".repeat(80)))).toThrow(/75 octets/);
    expect(() => parseIcs(ok.replace("END:VCALENDAR\r\n", ""))).toThrow(/not closed/);
  });
});

describe("buildCalendar", () => {
  it("writes the calendar properties and an all-day event", () => {
    const text = buildCalendar({
      name: "Plan, week; one",
      now: new Date("2026-11-25T16:25:32.123Z"),
      events: [{ uid: "u1@example.org", date: "2027-12-31", summary: "S", description: "D", url: "https://example.org/p?a=1&b=2" }],
    });
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Role Compass//12-week action plan//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Plan\\, week\\; one",
      "BEGIN:VEVENT",
      "UID:u1@example.org",
      "DTSTAMP:20261125T162532Z",
      "DTSTART;VALUE=DATE:20271231",
      "DTEND;VALUE=DATE:20280101",
      "SUMMARY:S",
      "DESCRIPTION:D",
      "URL:https://example.org/p?a=1&b=2",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("formats DTSTAMP as UTC date-time", () => {
    expect(icsDateTime(new Date("2027-01-04T00:00:00Z"))).toBe("20270104T000000Z");
  });
});

describe("planToCalendar", () => {
  const plan = buildPlan(PROFILE, { answers: answers([0, 2, 1], [0, 1, 2], 20, [2, 0, 1]), hours: 5, start: "2027-01-04" });
  const now = new Date("2026-11-25T09:00:00Z");
  const text = planToCalendar(plan, {
    slug: "cafe-manager",
    planUrl: "https://rolecompass.example/roles/cafe-manager/plan?h=5&s=2027-01-04",
    host: "rolecompass.example",
    now,
  });
  const calendar = parseIcs(text);

  it("is a valid VCALENDAR with one event a week", () => {
    expect(calendar.type).toBe("VCALENDAR");
    expect(prop(calendar, "VERSION")?.value).toBe("2.0");
    expect(prop(calendar, "PRODID")?.value).toBeTruthy();
    expect(unescapeText(prop(calendar, "X-WR-CALNAME")!.value)).toBe("12-week AI plan: Café Manager");
    expect(calendar.children.map((c) => c.type)).toEqual(Array(12).fill("VEVENT"));
  });

  it("gives each event a unique UID, a DTSTAMP and an all-day DTSTART on the week's first day", () => {
    const uids = calendar.children.map((e) => prop(e, "UID")!.value);
    expect(new Set(uids).size).toBe(12);
    expect(uids[0]).toBe("cafe-manager-2027-01-04-week-1@rolecompass.example");
    calendar.children.forEach((event, i) => {
      const week = plan.weeks[i]!;
      expect(prop(event, "DTSTAMP")!.value).toBe("20261125T090000Z");
      expect(prop(event, "DTSTART")).toEqual({ name: "DTSTART", params: { VALUE: "DATE" }, value: week.starts.replace(/-/g, "") });
      expect(prop(event, "DTEND")!.params).toEqual({ VALUE: "DATE" });
      expect(unescapeText(prop(event, "SUMMARY")!.value)).toBe(`Week ${week.week} of 12: ${week.focus}`);
    });
    expect(prop(calendar.children[11]!, "DTSTART")!.value).toBe("20270322");
    expect(prop(calendar.children[11]!, "DTEND")!.value).toBe("20270323");
  });

  it("round-trips the week's tasks and checkpoint through the escaped description", () => {
    const description = unescapeText(prop(calendar.children[0]!, "DESCRIPTION")!.value);
    expect(description.split("\n")).toEqual([
      "5 h this week.",
      ...plan.weeks[0]!.tasks.map((t) => `- ${t.kind[0]!.toUpperCase()}${t.kind.slice(1)}: ${t.title} (${t.hours} h). ${t.detail}`),
      `Checkpoint: ${plan.weeks[0]!.checkpoint}`,
      "Full plan: https://rolecompass.example/roles/cafe-manager/plan?h=5&s=2027-01-04",
    ]);
    expect(description).toContain("“Stock ordering; supplier reorders”"); // a semicolon, escaped and restored
  });
});
