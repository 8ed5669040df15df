/*
 * The first look taken at every document request, before any route runs (by proxy.ts; nginx makes the
 * same refusals itself, lib/http/nginx-config.ts): the method, the length of the address and its
 * percent-escapes. Each refusal names an HTTP status and is answered with
 * a prerendered page saying what was wrong (lib/http/error-page.ts). No React, no file access.
 *
 * Note: without this, Next answers some of these itself, badly: a broken escape in a dynamic segment
 * (`/roles/%E0%A4%A`) is a bare 500 "Internal Server Error", a POST to a dynamic page renders it with 200,
 * `/roles/%5Fbrowse` makes the router loop until it gives up with a 500, and an unknown role's assessment
 * is a blank page without JavaScript.
 */

/** What a browser does when a reader opens a link; the site takes nothing else. */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

/**
 * The longest address (path and query, as sent) the site answers; longer ones get 414. The longest real
 * address, a plan with every answer and a start date, is under 300 characters, and a 100-character
 * search written in a non-Latin script is under 1,000 once percent-encoded.
 *
 * Note: Node refuses a request head (request line and headers) over 16 KB with a bare 431 before the
 * app sees it; this limit answers long addresses below that with a page of ours.
 */
export const MAX_URL_LENGTH = 4096;

/** Internal pages that exist only to answer refusals, by nginx or the proxy (lib/http/error-page.ts). */
export const ERROR_PAGE_PREFIX = "/request-error";

/** The statuses with their own page under app/request-error/[status]; 404 is app/not-found.tsx. */
export const ERROR_PAGE_STATUSES = ["400", "405", "414"] as const;

export type Screening =
  | { action: "refuse"; status: 400 | 404 | 405 | 414; allow?: string }
  /** The same address written canonically (escapes of plain letters, digits and `-._~` decoded). */
  | { action: "redirect"; location: string };

/** Whether `text` is valid percent-encoded UTF-8 (every `%` starts an escape, the bytes decode). */
export function isValidPercentEncoding(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

// Note: RFC 3986 §2.3: escapes of unreserved characters are equivalent to the characters themselves.
const UNRESERVED_ESCAPE = /%(?:2[dDeE]|3[0-9]|4[1-9a-fA-F]|5[0-9aA]|5[fF]|6[1-9a-fA-F]|7[0-9aA]|7[eE])/g;

/** The path with escapes of unreserved characters decoded: `/roles/%5Fbrowse` → `/roles/_browse`. */
export function canonicalPath(pathname: string): string {
  return pathname.replace(UNRESERVED_ESCAPE, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
}

/** A page below a role: its assessment, result, plan and the plan's downloads, its feed, its image. */
const ROLE_SUBPAGE = /^\/roles\/([^/]+)\/./;

/**
 * Decides whether a request reaches the site at all. `pathname` and `search` are as the client sent them
 * (still percent-encoded; `search` with or without its `?`). `roleExists` answers for the slug of a page
 * below `/roles/<slug>/`. Returns undefined to let the request through.
 *
 * Note: the pages below a role render per request, and a per-request notFound() sends an HTML shell that
 * only JavaScript fills in (blank without it); the downloads answered a bare text line. The proxy answers
 * an unknown role with the prerendered not-found page instead.
 */
export function screenRequest(
  method: string,
  pathname: string,
  search: string,
  roleExists: (slug: string) => boolean = () => true,
): Screening | undefined {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return { action: "refuse", status: 405, allow: ALLOWED_METHODS.join(", ") };
  }
  const query = search.replace(/^\?/, "");
  if (pathname.length + (query ? query.length + 1 : 0) > MAX_URL_LENGTH) return { action: "refuse", status: 414 };
  if (!isValidPercentEncoding(pathname) || !isValidPercentEncoding(query)) return { action: "refuse", status: 400 };
  const canonical = canonicalPath(pathname);
  if (canonical === ERROR_PAGE_PREFIX || canonical.startsWith(`${ERROR_PAGE_PREFIX}/`)) return { action: "refuse", status: 404 };
  // Note: `%2e%2e` (or `..%2f`) decodes to a dot segment; a client resolves those itself, so a request
  // still holding one (`/roles/%2e%2e/etc/passwd`) is not a valid address. Redirecting it would send the
  // client elsewhere. nginx decodes and resolves them too, and answers 400 when one climbs above the root:
  // this answers 400 for all of them, so both servers agree.
  if (/(?:^|\/)\.\.?(?:\/|$)/.test(decodeURIComponent(pathname))) return { action: "refuse", status: 400 };
  if (canonical !== pathname) return { action: "redirect", location: `${canonical}${query ? `?${query}` : ""}` };
  const slug = pathname.match(ROLE_SUBPAGE)?.[1];
  if (slug !== undefined && !roleExists(decodeURIComponent(slug))) return { action: "refuse", status: 404 };
  return undefined;
}
