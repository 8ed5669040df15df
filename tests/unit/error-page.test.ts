import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { errorPageRoute, fallbackErrorHtml, readErrorPage } from "@/lib/http/error-page";

describe("errorPageRoute", () => {
  it("maps each status to the prerendered page that answers it", () => {
    expect([400, 404, 405, 414].map((s) => errorPageRoute(s as 400 | 404 | 405 | 414))).toEqual([
      "/request-error/400",
      "/_not-found",
      "/request-error/405",
      "/request-error/414",
    ]);
  });
});

describe("readErrorPage", () => {
  // Note: the page cache is per process, so each status is read from its own fresh build folder here.
  function distWith(files: Record<string, string>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "rc-dist-"));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    return path.relative(process.cwd(), root);
  }

  it("serves the prerendered page from the build output, then from memory", () => {
    const dist = distWith({ "server/app/request-error/405.html": "<!DOCTYPE html><h1>This page can only be read</h1>" });
    expect(readErrorPage(405, dist)).toBe("<!DOCTYPE html><h1>This page can only be read</h1>");
    fs.rmSync(path.resolve(dist), { recursive: true });
    expect(readErrorPage(405, dist)).toBe("<!DOCTYPE html><h1>This page can only be read</h1>");
  });

  it("reads the not-found page for 404", () => {
    const dist = distWith({ "server/app/_not-found.html": "<h1>We couldn’t find that page</h1>" });
    expect(readErrorPage(404, dist)).toBe("<h1>We couldn’t find that page</h1>");
  });

  it("falls back to a plain page without scripts when there is no build (next dev)", () => {
    const dist = distWith({});
    const html = readErrorPage(414, dist);
    expect(html).toBe(fallbackErrorHtml(414));
    expect(html).toContain("<h1>That address is too long</h1>");
    expect(html).not.toMatch(/<script/i);
  });
});

describe("fallbackErrorHtml", () => {
  it.each([400, 404, 405, 414] as const)("is valid HTML under the repository's html-validate configuration (%i)", async (status) => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString(fallbackErrorHtml(status), path.join(process.cwd(), "page.html"));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
