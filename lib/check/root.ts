import path from "node:path";

/**
 * The folder holding `content/`: `CONTENT_ROOT` when set (tests and the synthetic-content benchmark
 * point it at a generated tree), otherwise the working directory.
 */
export function contentRoot(): string {
  return process.env.CONTENT_ROOT ? path.resolve(process.env.CONTENT_ROOT) : process.cwd();
}
