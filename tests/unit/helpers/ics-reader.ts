/*
 * A small RFC 5545 reader for the tests (unit and end-to-end): checks the physical format (CRLF only,
 * at most 75 octets a line), unfolds, splits `name;params:value` and nests BEGIN/END components.
 * Throws on anything malformed.
 */
export type IcsProp = { name: string; params: Record<string, string>; value: string };
export type IcsComponent = { type: string; props: IcsProp[]; children: IcsComponent[] };

export const octets = (s: string) => new TextEncoder().encode(s).length;

function fail(message: string): never {
  throw new Error(`invalid iCalendar: ${message}`);
}

/** Reverses TEXT escaping (RFC 5545 §3.3.11). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith("\r\n")) fail("the last line does not end with CRLF");
  if (/[\r\n]/.test(text.replace(/\r\n/g, ""))) fail("a bare CR or LF");
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) if (octets(line) > 75) fail(`a line longer than 75 octets: ${line}`);
  const logical = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n");

  const root: IcsComponent = { type: "ROOT", props: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    const colon = line.indexOf(":");
    if (colon <= 0) fail(`no name before ':' in ${line}`);
    const [name, ...paramParts] = line.slice(0, colon).split(";");
    if (!/^[A-Z][A-Z0-9-]*$/.test(name!)) fail(`bad property name ${name}`);
    const value = line.slice(colon + 1);
    const params = Object.fromEntries(paramParts.map((p) => p.split("=") as [string, string]));
    if (name === "BEGIN") {
      const child: IcsComponent = { type: value, props: [], children: [] };
      stack.at(-1)!.children.push(child);
      stack.push(child);
    } else if (name === "END") {
      if (stack.pop()?.type !== value) fail(`END:${value} does not close the open component`);
    } else {
      stack.at(-1)!.props.push({ name: name!, params, value });
    }
  }
  if (stack.length !== 1) fail("a component is not closed");
  if (root.children.length !== 1 || root.children[0]!.type !== "VCALENDAR") fail("expected exactly one VCALENDAR");
  return root.children[0]!;
}

export const prop = (c: IcsComponent, name: string) => c.props.find((p) => p.name === name);
