/** "20 November 2026" from "2026-11-20", in UTC so the server's time zone never shifts the day. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** The part of a title after the family name: "Software Developer — Backend / API" → "Backend / API". */
export function shortTitle(title: string): string {
  const i = title.indexOf(" — ");
  return i >= 0 ? title.slice(i + 3) : title;
}
