import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
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

/*
 * The W3C Nu HTML checker (vnu-jar, on Debian's Java) over the same pages, beside html-validate: it knows
 * the HTML and ARIA-in-HTML specifications (which roles and aria-* attributes each element may carry).
 * One run for every page type, as Java starts slowly. Info messages (such as the trailing slash React
 * writes on void elements) are not errors.
 */
const VNU = path.join(process.cwd(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

type NuMessage = { type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string };

function runNu(files: string[]): NuMessage[] {
  const result = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  // Note: vnu writes its JSON report to standard error.
  return (JSON.parse(result.stderr || "{}") as { messages?: NuMessage[] }).messages ?? [];
}

test("the Nu checker runs (and so can fail): a role on an element that may not have it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-nu-"));
  const file = path.join(dir, "broken.html");
  fs.writeFileSync(
    file,
    '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><input type="search" role="combobox" aria-expanded="false"></body></html>',
  );
  const messages = runNu([file]);
  // The checker refuses the pair: a search field cannot be a combobox (ARIA in HTML).
  expect(messages.map((m) => m.message).join(" ")).toMatch(/combobox|“search” for attribute “type”/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the Nu checker finds no error on any page type", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-nu-"));
  const names = new Map<string, string>();
  for (const [i, { name, path: target, method = "GET" }] of PAGE_TYPES.entries()) {
    const response = await rawRequest(baseURL!, method, target);
    const file = path.join(dir, `page-${i}.html`);
    fs.writeFileSync(file, response.body);
    names.set(pathToFileURL(file).href, name);
  }
  const errors = runNu([...names.keys()].map((url) => new URL(url).pathname)).map(
    (m) => `${names.get(m.url) ?? m.url} (line ${m.lastLine}): ${m.message}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});
