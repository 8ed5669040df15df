import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce, type CspManifest } from "./lib/csp";

/*
 * Per-page Content-Security-Policy. Prerendered pages get the hashes of their own inline scripts
 * (so they stay static: no nonce forces dynamic rendering); everything else gets a per-request nonce,
 * passed to Next on the request so it marks its own scripts.
 */

let manifest: CspManifest | null | undefined;

function loadManifest(): CspManifest | null {
  if (manifest !== undefined) return manifest;
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "csp-manifest.json");
  try {
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as CspManifest;
  } catch {
    // Note: `next dev`, or `next build` run without the manifest step. Without hashes the
    // prerendered pages' scripts would be blocked, so fall back to a policy that keeps the site working.
    if (process.env.NODE_ENV === "production") console.warn(`[csp] ${file} missing: run \`npm run build\` so pages get hash-based CSP.`);
    manifest = null;
  }
  return manifest;
}

export function proxy(request: NextRequest) {
  const loaded = loadManifest();
  if (!loaded) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", buildCsp({ unsafeInline: true }));
    return response;
  }
  const pathname = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  const hashes = loaded.pages[pathname];
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", buildCsp({ hashes }));
    return response;
  }
  const nonce = createNonce();
  const policy = buildCsp({ hashes: loaded.notFound, nonce });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Documents only: static assets, images and metadata files need no script policy.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
