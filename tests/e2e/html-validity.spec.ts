import path from "node:path";
import { expect, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from "html-validate";
import { PAGE_TYPES, rawRequest } from "./helpers/site";

/*
 * The server's HTML for every page type, through html-validate with the repository's .htmlvalidate.json
 * (html-validate:recommended, with the rules React's markup conflicts with configured to its conventions,
 * each with its reason in the file): zero errors and zero warnings.
 */

const validator = new HtmlValidate(new FileSystemConfigLoader());
// Note: the file name only tells html-validate where to look for its configuration (the repository root).
const FILE = path.join(process.cwd(), "page.html");

/**
 * Note: the compare picker gives each of its selects the same name, `roles`, on purpose: the form submits
 * `roles=a&roles=b` and the proxy redirects that to `/compare?roles=a,b`. Repeated names are valid HTML;
 * the rule flags them as a likely slip, so it is off for the picker's pages only.
 */
const OVERRIDES: Record<string, ConfigData> = {
  "compare picker": { rules: { "form-dup-name": "off" } },
  comparison: { rules: { "form-dup-name": "off" } },
  "400, compare": { rules: { "form-dup-name": "off" } },
};

test("the validator runs with the repository's configuration (and so can fail)", async () => {
  const broken =
    '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><header role="banner"></header><p><div></div></p><img src="x.png"></body></html>';
  const report = await validator.validateString(broken, FILE);
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  // Recommended rules (redundant role, a block closing a paragraph, image without alt) and our void-style choice.
  expect(rules).toEqual(expect.arrayContaining(["no-redundant-role", "close-order", "wcag/h37", "void-style"]));
});

for (const { name, path: target, status, method = "GET" } of PAGE_TYPES) {
  test(`valid HTML: ${name}`, async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, method, target);
    expect(response.status).toBe(status);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    const report = await validator.validateString(response.body, FILE, OVERRIDES[name] ?? {});
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}) ${m.message} — ${m.selector ?? ""}`),
    );
    expect(messages).toEqual([]);
  });
}
