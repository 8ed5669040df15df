import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  // Note: Playwright's *.spec.ts files live in tests/e2e and must never be collected here.
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
