/**
 * Security headers for every response. Note: the Content-Security-Policy is not here but in proxy.ts,
 * because it differs per page (each prerendered page's own script hashes); headers() is evaluated at
 * build time only. nginx sends the same headers with the files it serves itself (lib/http/nginx-config.ts).
 */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
