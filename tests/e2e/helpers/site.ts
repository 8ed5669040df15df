import http from "node:http";
import { answersToQuery } from "../../../lib/assessment/params";
import { loadContent } from "../../../lib/content/load";
import { MAX_URL_LENGTH } from "../../../lib/http/request-limits";
import { sampleAnswers } from "../../sample-answers";

/*
 * Shared by the reliability specs (bad URLs, fuzz, load, HTML validity, axe): the site's page types, built
 * from the real content so they follow it, and a raw HTTP client that sends a request target exactly as
 * written (Playwright's and fetch's clients normalise `%2e%2e`, invalid escapes and methods' bodies).
 */

const content = loadContent(process.env.CONTENT_ROOT ?? process.cwd());
export const published = content.roles.filter((r) => !r.draft);
export const ROLE = published.find((r) => r.slug === "software-developer-backend-api") ?? published[0]!;
const sibling = published.find((r) => r.slug !== ROLE.slug && r.category === ROLE.category)!;
const article = content.articles.find((a) => !a.draft)!;

export const ANSWER_QUERY = answersToQuery(sampleAnswers(ROLE)).toString();

export type PageType = {
  name: string;
  path: string;
  status: number;
  /** Requested with this method instead of GET (the 405 page). */
  method?: string;
};

/** Every kind of page the site serves, with the status each must answer. */
export const PAGE_TYPES: PageType[] = [
  { name: "home", path: "/", status: 200 },
  { name: "roles list", path: "/roles", status: 200 },
  { name: "filtered roles", path: `/roles?category=${ROLE.category}&sort=risk`, status: 200 },
  { name: "role", path: `/roles/${ROLE.slug}`, status: 200 },
  { name: "category", path: `/categories/${ROLE.category}`, status: 200 },
  { name: "risk band", path: `/risk/${ROLE.risk.level}`, status: 200 },
  { name: "article", path: `/articles/${article.slug}`, status: 200 },
  { name: "articles index", path: "/articles", status: 200 },
  { name: "methodology", path: "/methodology", status: 200 },
  { name: "about", path: "/about", status: 200 },
  { name: "search with results", path: `/search?q=${encodeURIComponent(ROLE.aliases[0]!)}`, status: 200 },
  { name: "search without results", path: "/search?q=zzqxj", status: 200 },
  { name: "search, empty", path: "/search", status: 200 },
  { name: "compare picker", path: "/compare", status: 200 },
  { name: "comparison", path: `/compare?roles=${ROLE.slug},${sibling.slug}`, status: 200 },
  { name: "assessment form", path: `/roles/${ROLE.slug}/assessment`, status: 200 },
  { name: "assessment result", path: `/roles/${ROLE.slug}/assessment/result?${ANSWER_QUERY}`, status: 200 },
  { name: "plan", path: `/roles/${ROLE.slug}/plan?${ANSWER_QUERY}&h=4`, status: 200 },
  { name: "occupations index", path: "/occupations", status: 200 },
  { name: "occupation", path: `/occupations/${ROLE.onet[0]}`, status: 200 },
  { name: "400, broken escape", path: "/roles/%ZZ", status: 400 },
  { name: "400, search", path: "/search?q=a&q=b", status: 400 },
  { name: "400, compare", path: `/compare?roles=${ROLE.slug}`, status: 400 },
  { name: "400, filters", path: "/roles?risk=extreme", status: 400 },
  { name: "400, assessment", path: `/roles/${ROLE.slug}/assessment/result?a1=9`, status: 400 },
  { name: "400, plan download", path: `/roles/${ROLE.slug}/plan/calendar.ics?h=99`, status: 400 },
  { name: "404", path: "/roles/no-such-role", status: 404 },
  { name: "404, unknown role's assessment", path: "/roles/no-such-role/assessment", status: 404 },
  { name: "405", path: "/", status: 405, method: "POST" },
  { name: "414", path: `/${"a".repeat(MAX_URL_LENGTH + 1)}`, status: 414 },
];

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * Sends `method target` to the server exactly as written and reads the whole response. Never rejects on
 * an HTTP status; rejects only if the connection fails or the server sends nothing within `timeout` ms.
 */
export function rawRequest(
  baseURL: string,
  method: string,
  target: string,
  options: { agent?: http.Agent; timeout?: number } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port, method, path: target, agent: options.agent ?? false, timeout: options.timeout ?? 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no response to ${method} ${target.slice(0, 80)} within the timeout`)));
    request.on("error", reject);
    request.end();
  });
}

/** The text of the page's first <h1>, tags removed and entities decoded. */
export function headingOf(html: string): string | undefined {
  const inner = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1];
  if (inner === undefined) return undefined;
  return inner
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

/**
 * What must never reach a reader: a stack frame, an error's name and message, a path on the server.
 * Returns the offending snippets (empty when the page is clean).
 */
export function leaks(body: string): string[] {
  const patterns = [
    /\bat [\w$.<>[\] ]+ \((?:file:|\/|node:)[^)]*\)/, // "at fn (/path/file.js:1:2)"
    /\n\s+at [^\n]*:\d+:\d+/, // an indented stack line with a position
    /\b(?:Type|Reference|Syntax|Range|URI)?Error: /,
    new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    /node_modules\//,
    /\/(?:home|root|usr|etc)\/[\w.-]+\//,
    /Internal Server Error/,
  ];
  return patterns.flatMap((p) => body.match(p)?.[0] ?? []);
}
