import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  httpConf,
  mainConf,
  PAGE_CACHE_CONTROL,
  quote,
  serverConf,
  STATIC_CACHE_CONTROL,
  WELL_FORMED_TARGET,
} from "@/lib/http/nginx-config";
import { isValidPercentEncoding, MAX_URL_LENGTH } from "@/lib/http/request-limits";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

/** The nginx pattern as a JavaScript RegExp: possessive quantifiers only change backtracking, not what matches. */
const wellFormed = new RegExp(WELL_FORMED_TARGET.replace(/\+\+/g, "+").replace(/\*\+/g, "*"));

const PAGES = [
  { route: "/", file: "index.html", csp: "script-src 'self' 'sha256-a'" },
  { route: "/roles/plumber", file: "roles/plumber.html", csp: "script-src 'self' 'sha256-b'" },
];
const ERRORS = [
  { status: 400, file: "request-error/400.html", csp: "script-src 'self' 'sha256-c'" },
  { status: 405, file: "request-error/405.html", csp: "script-src 'self' 'sha256-d'" },
  { status: 414, file: "request-error/414.html", csp: "script-src 'self' 'sha256-e'" },
] as const;

describe("nginx's screening agrees with the proxy's", () => {
  const escape = fc.oneof(
    fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, "0")}`),
    fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`),
    fc.constantFrom("%", "%Z", "%ZZ", "%G0", "%E0%A4", "%ED%A0%80", "%F4%90%80%80", "%C0%AF"),
    fc.string({ minLength: 1, maxLength: 3 }).filter((s) => !s.includes("%")),
    fc.constantFrom("%E0%A4%AA", "%F0%9F%98%80", "%C3%A9", "a", "/", "?"),
  );
  it("a target passes nginx's pattern exactly when decodeURIComponent accepts it", () => {
    fc.assert(
      fc.property(fc.array(escape, { maxLength: 12 }), (parts) => {
        const target = `/${parts.join("")}`;
        expect(wellFormed.test(target)).toBe(isValidPercentEncoding(target));
      }),
      { numRuns: 5000, seed: 17 },
    );
  });
});

describe("the generated configuration", () => {
  const http = httpConf({ buildId: "b1", pages: PAGES, errorPages: [...ERRORS] });
  const server = serverConf({ buildId: "b1", errorPages: [...ERRORS] });

  it("maps each prerendered address to its own file and policy, keyed on the address as sent", () => {
    expect(http).toContain(
      'map $request_uri $rc_page_file {\n    default "/__no_prerendered_page__";\n    "/" "/index.html";\n    "/roles/plumber" "/roles/plumber.html";\n}',
    );
    expect(http).toContain(`"/roles/plumber" "script-src 'self' 'sha256-b'";`);
  });

  it("refuses over-long addresses and broken escapes before any location, but never the page that explains it", () => {
    expect(http).toContain(`"~^.{${MAX_URL_LENGTH + 1}}" 414;`);
    expect(http).toContain('"~^[0-9]+:/request-error/" "";');
    expect(server).toMatch(/if \(\$request_method !~ \^\(\?:GET\|HEAD\)\$\) \{ return 405; \}/);
    for (const e of ERRORS) expect(server).toContain(`error_page ${e.status} /${e.file};`);
    expect(server).toContain("error_page 404 = @next;");
  });

  it("gives every location that sets headers all the security headers, with `always` (add_header is not inherited)", () => {
    const locations = server
      .split(/\nlocation /)
      .slice(1)
      .filter((block) => block.includes("add_header"));
    expect(locations.length).toBe(3);
    for (const block of locations)
      for (const { key } of SECURITY_HEADERS) expect(block).toMatch(new RegExp(`add_header ${key} "[^"]+" always;`));
  });

  it("caches pages briefly in a CDN and hashed assets for a year, and sends RSC requests and everything else to Next", () => {
    expect(server).toContain(`add_header Cache-Control ${quote(PAGE_CACHE_CONTROL)} always;`);
    expect(server).toContain(`add_header Cache-Control ${quote(STATIC_CACHE_CONTROL)} always;`);
    expect(server).toContain("if ($http_rsc) { return 418; }");
    expect(server).toContain("proxy_pass http://role_compass_next$request_uri;");
  });

  it("logs no query string (the assessment's answers live there)", () => {
    const format = http.match(/log_format rc_private '([^']+)'/)![1]!;
    expect(format).toContain("$uri");
    expect(format).not.toMatch(/\$request_uri|\$args|\$query_string|\$request\b|\$http_referer/);
    expect(server).toContain("access_log logs/access.log rc_private;");
  });

  it("closes idle upstream connections before Next does, and documents the TLS server", () => {
    const conf = mainConf({ buildId: "b1", listen: "127.0.0.1:8080", workers: ["127.0.0.1:3001", "127.0.0.1:3002"], includeDir: "." });
    expect(conf).toContain("server 127.0.0.1:3001 max_fails=0;\n        server 127.0.0.1:3002 max_fails=0;");
    expect(conf).toContain("keepalive_timeout 60s;");
    expect(conf).toContain("#     listen 443 ssl http2 default_server;");
    expect(conf).toContain("error_log logs/error.log crit;");
  });

  it("quotes values so nothing in them is read as a variable or ends the string", () => {
    expect(quote(`a "b" \\ $c`)).toBe('"a \\"b\\" \\\\ ${dollar}c"');
  });
});
