import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { acceptsGzip, htmlFileForRoute, PrerenderedDocuments } from "../../lib/prerendered-documents";
import { routeForHtmlFile } from "../../lib/csp";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-docs-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const page = (route: string, html: string) => {
  const file = path.join(dir, htmlFileForRoute(route));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
};

describe("htmlFileForRoute", () => {
  it("is the inverse of routeForHtmlFile", () => {
    for (const route of ["/", "/about", "/roles/accountant", "/occupations/15-1252.00"]) expect(routeForHtmlFile(htmlFileForRoute(route))).toBe(route);
  });
});

describe("acceptsGzip", () => {
  it("reads codings and q-values", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("x-gzip")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("PrerenderedDocuments", () => {
  const html = `<!DOCTYPE html><html><body>${"<p>role</p>".repeat(500)}</body></html>`;
  page("/", html);
  page("/roles/accountant", html.replace("role", "accountant"));

  it("serves the file as built, gzipped when the client accepts it, with Next's headers, its policy and validator", () => {
    const docs = new PrerenderedDocuments(dir);
    const plain = docs.respond("/roles/accountant", { policy: "script-src 'self'", etag: 'W/"x"', head: false })!;
    expect(plain.body!.toString()).toBe(html.replace("role", "accountant"));
    expect(plain.headers["content-length"]).toBe(String(plain.body!.length));
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers).toMatchObject({
      "content-security-policy": "script-src 'self'",
      etag: 'W/"x"',
      "content-type": "text/html; charset=utf-8",
      "cache-control": "s-maxage=31536000",
      "x-content-type-options": "nosniff",
      "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
    });
    expect(plain.headers.vary).toContain("Accept-Encoding");
    const gz = docs.respond("/roles/accountant", { policy: "p", head: false, acceptEncoding: "gzip, br" })!;
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body!).toString()).toBe(plain.body!.toString());
    expect(gz.body!.length).toBeLessThan(plain.body!.length / 10);
    expect(gz.headers.etag).toBeUndefined();
  });

  it("answers HEAD with the headers only, and a page missing from disk with undefined", () => {
    const docs = new PrerenderedDocuments(dir);
    const head = docs.respond("/", { policy: "p", head: true })!;
    expect(head.body).toBeUndefined();
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(html));
    expect(docs.respond("/nope", { policy: "p", head: false })).toBeUndefined();
  });

  it("holds no more than its bound, dropping the least recently used page", () => {
    for (let i = 0; i < 20; i++) page(`/p/${i}`, `<p>${i}</p>`.repeat(2000 + i));
    const one = fs.statSync(path.join(dir, "p/0.html")).size;
    const docs = new PrerenderedDocuments(dir, one * 4);
    for (let i = 0; i < 20; i++) docs.respond(`/p/${i}`, { policy: "p", head: false });
    expect(docs.heldBytes).toBeLessThanOrEqual(one * 4 + one);
    expect(docs.heldBytes).toBeGreaterThan(0);
    // Still answers every page, reading it again when it was dropped.
    expect(docs.respond("/p/0", { policy: "p", head: false })!.body!.toString()).toBe("<p>0</p>".repeat(2000));
  });
});
