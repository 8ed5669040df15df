import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Note: a separate output folder lets a second build (benchmarks, parallel work) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
