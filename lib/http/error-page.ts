import fs from "node:fs";
import path from "node:path";
import { buildCsp, type CspManifest } from "./csp";
import { ERROR_PAGE_PREFIX } from "./request-limits";

/*
 * The pages served for requests the proxy (or nginx, scripts/build-deploy.ts) refuses (lib/http/request-limits.ts), unknown
 * roles' assessment and plan pages included. They are prerendered at build time (app/request-error/[status] and
 * app/not-found.tsx) and read from the build output, so a refusal costs no rendering, keeps the site's
 * layout and passes the page's own script hashes to the CSP.
 *
 * Note: a per-request render that calls notFound() sends an empty HTML shell that only JavaScript fills in
 * (the not-found UI travels in the RSC payload), so a reader without JavaScript, or a crawler, saw a blank
 * page. The prerendered not-found page has its content in the HTML.
 */

export type ErrorStatus = 400 | 404 | 405 | 414;

/** The route whose prerendered HTML answers `status` (the key of its hashes in the CSP manifest). */
export function errorPageRoute(status: ErrorStatus): string {
  return status === 404 ? "/_not-found" : `${ERROR_PAGE_PREFIX}/${status}`;
}

const TITLES: Record<ErrorStatus, string> = {
  400: "That address is not valid",
  404: "We couldn’t find that page",
  405: "This page can only be read",
  414: "That address is too long",
};

/**
 * Used only when the build output holds no prerendered page (`next dev`): plain, self-contained, no
 * scripts, so any CSP allows it.
 */
export function fallbackErrorHtml(status: ErrorStatus): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="robots" content="noindex"/><title>${TITLES[status]} | Role Compass</title></head><body><main><p>${status}</p><h1>${TITLES[status]}</h1><p><a href="/">Go to the home page</a> or <a href="/roles">browse every role</a>.</p></main></body></html>`;
}

const cache = new Map<ErrorStatus, string>();

/**
 * The HTML for `status`: the prerendered page from `<distDir>/server/app`, read once per process, or the
 * plain fallback when there is none. `distDir` defaults to NEXT_DIST_DIR or `.next`.
 */
export function readErrorPage(status: ErrorStatus, distDir: string = process.env.NEXT_DIST_DIR ?? ".next"): string {
  const cached = cache.get(status);
  if (cached !== undefined) return cached;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), distDir, "server", "app", `${errorPageRoute(status).slice(1)}.html`);
  let html: string;
  try {
    html = fs.readFileSync(file, "utf8");
  } catch {
    html = fallbackErrorHtml(status);
  }
  cache.set(status, html);
  return html;
}

export type Refusal = { status: ErrorStatus; headers: Record<string, string>; body: string };

/**
 * The response to a refused request: its status and the prerendered page explaining it, with that page's
 * own script hashes in the CSP (the unsafe-inline fallback only when the build left no manifest).
 */
export function refusal(status: ErrorStatus, manifest: CspManifest | null, allow?: string): Refusal {
  const hashes = status === 404 ? manifest?.notFound : manifest?.pages[errorPageRoute(status)];
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": hashes ? buildCsp({ hashes }) : buildCsp({ unsafeInline: true }),
  };
  if (allow) headers.allow = allow;
  return { status, headers, body: readErrorPage(status) };
}
