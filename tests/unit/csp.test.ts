import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildCsp, extractInlineScripts, hashScript, routeForHtmlFile } from "@/lib/http/csp";

describe("extractInlineScripts", () => {
  it("keeps executable inline scripts and skips external and data scripts", () => {
    const html = `<script src="/a.js" async=""></script><script>self.x=1</script><script id="_R_">go()</script>
      <script type="application/ld+json">{"a":1}</script><script type="module">m()</script><script type="text/javascript">t()</script>`;
    expect(extractInlineScripts(html)).toEqual(["self.x=1", "go()", "m()", "t()"]);
  });
});

describe("hashScript", () => {
  it("is the base64 SHA-256 the browser computes", () => {
    expect(hashScript("alert(1)")).toBe(createHash("sha256").update("alert(1)").digest("base64"));
    expect(hashScript("")).toBe("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  });
});

describe("buildCsp", () => {
  it("lists hashes and a nonce, never unsafe-inline for scripts unless asked", () => {
    const csp = buildCsp({ hashes: ["abc=", "abc="], nonce: "n0nce" });
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'nonce-n0nce';");
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(buildCsp({ unsafeInline: true })).toContain("script-src 'self' 'unsafe-inline'");
  });
});

describe("routeForHtmlFile", () => {
  it.each([
    ["index.html", "/"],
    ["roles/x.html", "/roles/x"],
    ["roles.html", "/roles"],
    ["_not-found.html", "/_not-found"],
  ])("%s → %s", (file, route) => expect(routeForHtmlFile(file)).toBe(route));
});
