import type { NextConfig } from "next";
import { loadContent } from "./lib/content/load";

/**
 * Security headers for every response. Note: the Content-Security-Policy is not here but in proxy.ts,
 * because it differs per page (each prerendered page's own script hashes); headers() is evaluated at
 * build time only.
 */
export const SECURITY_HEADERS = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Note: a separate output folder lets a second build (benchmarks, parallel work) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Note: the proxy must see the query as the client sent it, to refuse broken %-escapes with a 400
  // (lib/request-limits.ts); by default Next re-encodes it first, so `?q=%ZZ` would arrive as `?q=%25ZZ`.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  /** Renamed roles keep their links: each former slug answers with a permanent (308) redirect. */
  async redirects() {
    const root = process.env.CONTENT_ROOT ?? process.cwd();
    const { roles } = loadContent(root);
    return roles.flatMap((role) =>
      role.formerSlugs.flatMap((former) => [
        { source: `/roles/${former}`, destination: `/roles/${role.slug}`, permanent: true },
        { source: `/roles/${former}/:rest*`, destination: `/roles/${role.slug}/:rest*`, permanent: true },
      ]),
    );
  },
};

export default nextConfig;
