import os from "node:os";
import type { NextConfig } from "next";
import { getAllRoles, getCategories } from "./lib/content";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

/**
 * Security headers (lib/http/security-headers.ts) for every response Next sends. Note: the
 * Content-Security-Policy is not among them: it differs per page (proxy.ts; nginx from the same manifest).
 */
const nextConfig: NextConfig = {
  // Note: a separate output folder lets a second build (benchmarks, parallel work) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Note: the proxy must see the query as the client sent it, to refuse broken %-escapes with a 400
  // (lib/http/request-limits.ts); by default Next re-encodes it first, so `?q=%ZZ` would arrive as `?q=%25ZZ`.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  experimental: {
    // Note: Next prerenders with one worker fewer than the machine's cores (one, on a 2-core machine), and
    // the main build process is idle while they run; a worker per core cut the page generation here by ~40%.
    cpus: Math.max(1, os.availableParallelism()),
  },
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
  /** Renamed roles and categories keep their links: each former slug answers with a permanent (308) redirect. */
  async redirects() {
    return [
      ...getAllRoles().flatMap((role) =>
        role.formerSlugs.flatMap((former) => [
          { source: `/roles/${former}`, destination: `/roles/${role.slug}`, permanent: true },
          { source: `/roles/${former}/:rest*`, destination: `/roles/${role.slug}/:rest*`, permanent: true },
        ]),
      ),
      ...getCategories().flatMap((category) =>
        category.formerSlugs.map((former) => ({
          source: `/categories/${former}`,
          destination: `/categories/${category.slug}`,
          permanent: true,
        })),
      ),
    ];
  },
};

export default nextConfig;
