import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "valid");

const made: string[] = [];
// Note: a test file builds many trees; they are removed after it so /tmp does not fill up.
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Copies the valid fixture tree into a temporary folder and applies edits; returns its root. */
export function makeTree(edits: Record<string, string | null> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rc-content-"));
  made.push(root);
  fs.cpSync(FIXTURE, root, { recursive: true });
  for (const [file, text] of Object.entries(edits)) {
    const full = path.join(root, file);
    if (text === null) fs.rmSync(full, { force: true });
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
    }
  }
  return root;
}

export function readFixture(file: string): string {
  return fs.readFileSync(path.join(FIXTURE, file), "utf8");
}

/** The fixture's backend profile with one substitution applied (must match exactly once). */
export function backendWith(from: string | RegExp, to: string): string {
  const source = readFixture("content/roles/software-developer-backend-api.md");
  const next = source.replace(from, to);
  if (next === source) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return next;
}

export const BACKEND = "content/roles/software-developer-backend-api.md";
export const PARENT = "content/roles/software-developer.md";
