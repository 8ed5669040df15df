import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/*
 * Content-Security-Policy without 'unsafe-inline' for scripts, while pages stay prerendered:
 * after `next build`, scripts/build-deploy.ts hashes each prerendered page's inline scripts;
 * proxy.ts (and nginx, from the same manifest) serves each page its own `script-src 'self' 'sha256-…'`. Routes rendered per request get
 * a fresh nonce instead, which Next applies to its own scripts.
 */

export type CspManifest = {
  /** Build id the hashes belong to (hashes change with every build). */
  buildId: string;
  /** Path → SHA-256 hashes (base64) of the page's inline scripts. */
  pages: Record<string, string[]>;
  /** Hashes of the prerendered not-found page, served for any unknown URL. */
  notFound: string[];
};

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The text of every inline script the browser would execute (no `src`, a JavaScript type). */
export function extractInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attrs = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    // JSON-LD and other data blocks are never executed, so CSP does not apply to them.
    if (type && !["text/javascript", "application/javascript", "module"].includes(type)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

export function hashScript(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/** A nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export type ScriptSources = { hashes?: readonly string[]; nonce?: string; unsafeInline?: boolean };

/** The whole policy. `unsafeInline` is only the fallback when the build left no manifest. */
export function buildCsp({ hashes = [], nonce, unsafeInline = false }: ScriptSources): string {
  const script = [
    "'self'",
    ...hashes.map((h) => `'sha256-${h}'`),
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...(unsafeInline ? ["'unsafe-inline'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${[...new Set(script)].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** `.next/server/app/roles/x.html` → `/roles/x`; `index.html` → `/`. */
export function routeForHtmlFile(relative: string): string {
  const route = "/" + relative.replace(/\\/g, "/").replace(/\.html$/, "");
  if (route === "/index") return "/";
  return route.endsWith("/index") ? route.slice(0, -"/index".length) : route;
}

/**
 * The build's manifest (`<distDir>/csp-manifest.json`), or null when there is none (`next dev`, or
 * `next build` run without the manifest step), with a warning in production: without hashes the
 * prerendered pages' scripts would be blocked, so callers fall back to a policy that keeps the site working.
 */
export function readCspManifest(distDir: string = process.env.NEXT_DIST_DIR ?? ".next"): CspManifest | null {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), distDir, "csp-manifest.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as CspManifest;
  } catch {
    if (process.env.NODE_ENV === "production") console.warn(`[csp] ${file} missing: run \`npm run build\` so pages get hash-based CSP.`);
    return null;
  }
}
