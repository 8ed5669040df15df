import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CspManifest } from "../../lib/csp";
import { decide, PRERENDERED_MARK, splitTarget } from "../../lib/front-door";

const manifest: CspManifest = {
  buildId: "test",
  pages: {
    "/": ["aGFzaC1ob21l"],
    "/roles": ["aGFzaC1yb2xlcw=="],
    "/roles/accountant": ["aGFzaC1hY2NvdW50YW50"],
    "/search": ["aGFzaC1zZWFyY2g="],
    "/request-error/405": ["aGFzaC00MDU="],
    "/request-error/414": ["aGFzaC00MTQ="],
  },
  notFound: ["aGFzaC00MDQ="],
};

describe("splitTarget", () => {
  it("keeps the path and query as sent, in origin and absolute form", () => {
    expect(splitTarget("/roles/a%20b?q=%ZZ&x=1")).toEqual({ pathname: "/roles/a%20b", search: "?q=%ZZ&x=1" });
    expect(splitTarget("/")).toEqual({ pathname: "/", search: "" });
    expect(splitTarget("http://example.com/about?x=1")).toEqual({ pathname: "/about", search: "?x=1" });
    expect(splitTarget("http://example.com")).toEqual({ pathname: "/", search: "" });
    expect(splitTarget("/a#frag")).toEqual({ pathname: "/a", search: "" });
  });
});

describe("decide (the production server's front door)", () => {
  it("serves a prerendered page its own script hashes, whatever the query", () => {
    for (const target of ["/roles/accountant", "/roles/accountant?utm_source=x", "/"]) {
      const d = decide("GET", target, manifest);
      expect(d.kind, target).toBe("prerendered");
      if (d.kind !== "prerendered") continue;
      const hash = manifest.pages[splitTarget(target).pathname]![0]!;
      expect(d.policy).toContain(`script-src 'self' 'sha256-${hash}'`);
      expect(d.policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
    expect(decide("HEAD", "/roles/accountant", manifest).kind).toBe("prerendered");
  });

  it("leaves the checked paths, personal pages, unknown addresses and assets to Next and the proxy", () => {
    for (const target of ["/roles?risk=high", "/roles", "/search", "/search?q=nurse", "/compare?roles=a,b", "/roles/accountant/assessment", "/roles/accountant/plan?x=1", "/nope", "/roles/accountant/", "/_next/static/chunks/a.js", "/icon.svg"]) {
      expect(decide("GET", target, manifest).kind, target).toBe("next");
    }
  });

  it("refuses what the proxy refuses, with the prerendered error page's hashes", () => {
    const post = decide("POST", "/roles/accountant", manifest);
    expect(post.kind).toBe("refuse");
    if (post.kind === "refuse") {
      expect(post.refusal.status).toBe(405);
      expect(post.refusal.headers.allow).toBe("GET, HEAD");
      expect(post.refusal.headers["content-security-policy"]).toContain("'sha256-aGFzaC00MDU='");
      expect(post.refusal.headers["cache-control"]).toBe("no-store");
    }
    const long = decide("GET", `/search?q=${"a".repeat(5000)}`, manifest);
    expect(long.kind === "refuse" && long.refusal.status).toBe(414);
    const broken = decide("GET", "/roles/accountant?q=%ZZ", manifest);
    expect(broken.kind === "refuse" && broken.refusal.status).toBe(400);
    const internal = decide("GET", "/request-error/405", manifest);
    expect(internal.kind === "refuse" && internal.refusal.status).toBe(404);
    // An unknown role's pages below /roles/<slug>/ are a 404 before any render.
    const unknown = decide("GET", "/roles/no-such-role/assessment", manifest);
    expect(unknown.kind === "refuse" && unknown.refusal.status).toBe(404);
    if (unknown.kind === "refuse") expect(unknown.refusal.headers["content-security-policy"]).toContain("'sha256-aGFzaC00MDQ='");
  });

  it("the route behind the filtered /roles views is not found under its own name", () => {
    for (const target of ["/roles/_browse", "/roles/_browse?risk=high"]) {
      const d = decide("GET", target, manifest);
      expect(d.kind === "refuse" && d.refusal.status, target).toBe(404);
    }
    expect(decide("GET", "/roles?risk=high", manifest).kind).toBe("next");
  });

  it("redirects an address with escaped plain letters to its canonical form", () => {
    expect(decide("GET", "/roles/%61ccountant?x=1", manifest)).toEqual({ kind: "redirect", location: "/roles/accountant?x=1" });
  });

  it("without a manifest it still screens, and lets every page through to the proxy", () => {
    expect(decide("GET", "/roles/accountant", null).kind).toBe("next");
    expect(decide("GET", "/roles/anything/assessment", null).kind).toBe("next");
    const post = decide("DELETE", "/", null);
    expect(post.kind === "refuse" && post.refusal.headers["content-security-policy"]).toContain("'unsafe-inline'");
  });

  it("names the same header proxy.ts's matcher skips", () => {
    const proxy = fs.readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8");
    expect(proxy).toContain(`missing: [{ type: "header", key: "${PRERENDERED_MARK}" }]`);
  });
});

describe("dot segments", () => {
  it("an encoded traversal is a 404, not a redirect to it", () => {
    for (const target of ["/roles/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/x", "/roles/%2E", "/a/%2e/b"]) {
      const d = decide("GET", target, manifest);
      expect(d.kind === "refuse" && d.refusal.status, target).toBe(404);
    }
    expect(decide("GET", "/roles/a.b", manifest).kind).toBe("next");
  });
});

describe("validators for prerendered pages", () => {
  const withEtags: CspManifest = { ...manifest, etags: { "/roles/accountant": 'W/"abc123"' } };

  it("sends the build's ETag with the HTML, not with the RSC payload", () => {
    const html = decide("GET", "/roles/accountant", withEtags);
    expect(html.kind === "prerendered" && html.etag).toBe('W/"abc123"');
    const payload = decide("GET", "/roles/accountant", withEtags, { rsc: "1" });
    expect(payload.kind === "prerendered" && payload.etag).toBeUndefined();
    const query = decide("GET", "/roles/accountant?_rsc=x1", withEtags);
    expect(query.kind === "prerendered" && query.etag).toBeUndefined();
  });

  it("answers a matching If-None-Match with 304, and anything else with the page", () => {
    for (const inm of ['W/"abc123"', '"abc123"', '"zzz", W/"abc123"', "*"]) {
      expect(decide("GET", "/roles/accountant", withEtags, { ifNoneMatch: inm }).kind, inm).toBe("not-modified");
    }
    for (const inm of ['W/"abc12"', '"other"', ""]) {
      expect(decide("GET", "/roles/accountant", withEtags, { ifNoneMatch: inm }).kind, inm).toBe("prerendered");
    }
    expect(decide("GET", "/roles/accountant", withEtags, { ifNoneMatch: 'W/"abc123"', rsc: "1" }).kind).toBe("prerendered");
    // A manifest from an older build, without validators: no ETag, never a 304.
    expect(decide("GET", "/roles/accountant", manifest, { ifNoneMatch: "*" })).toMatchObject({ kind: "prerendered", etag: undefined });
  });
});
