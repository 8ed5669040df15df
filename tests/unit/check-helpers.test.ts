import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isRealDate } from "@/lib/check/dates";
import { contentRoot } from "@/lib/check/root";
import { plural } from "@/lib/check/text";

describe("plural", () => {
  it("adds an s unless the count is one", () => {
    expect(plural(0, "error")).toBe("0 errors");
    expect(plural(1, "error")).toBe("1 error");
    expect(plural(2, "warning")).toBe("2 warnings");
  });

  it("takes a bigint, as zod reports some limits", () => {
    expect(plural(1n, "item")).toBe("1 item");
    expect(plural(3n, "character")).toBe("3 characters");
  });
});

describe("contentRoot", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the working directory when CONTENT_ROOT is not set", () => {
    vi.stubEnv("CONTENT_ROOT", "");
    expect(contentRoot()).toBe(process.cwd());
  });

  it("is CONTENT_ROOT, made absolute, when set", () => {
    vi.stubEnv("CONTENT_ROOT", "some/tree");
    expect(contentRoot()).toBe(path.resolve("some/tree"));
  });
});

describe("isRealDate", () => {
  it("accepts days that exist, leap days included", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2026-12-31")).toBe(true);
  });

  it("rejects days that do not exist", () => {
    expect(isRealDate("2023-02-29")).toBe(false);
    expect(isRealDate("2024-02-30")).toBe(false);
    expect(isRealDate("2024-13-01")).toBe(false);
    expect(isRealDate("2024-04-31")).toBe(false);
  });

  it("rejects anything not written YYYY-MM-DD, expanded years included", () => {
    for (const value of ["", "2024-2-29", "2024-02-29T00:00:00Z", " 2024-02-29", "+010000-01", "-000001-01", "29/02/2024"]) {
      expect(isRealDate(value)).toBe(false);
    }
  });
});
