import { describe, expect, it } from "vitest";
import { buildCsp } from "@/lib/http/csp";
import { gradeHeaders } from "@/lib/http/security-grade";

const BASE = {
  "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

describe("gradeHeaders", () => {
  it("our hash-based policy grades A+", () => {
    expect(gradeHeaders({ ...BASE, "content-security-policy": buildCsp({ hashes: ["abc="] }) })).toMatchObject({ score: 110, grade: "A+" });
  });
  it("'unsafe-inline' for scripts caps the grade at B+", () => {
    expect(gradeHeaders({ ...BASE, "content-security-policy": buildCsp({ unsafeInline: true }) })).toMatchObject({
      score: 80,
      grade: "B+",
    });
  });
  it("no security headers scores 30 (D): every missing header costs", () => {
    expect(gradeHeaders({})).toMatchObject({ score: 30, grade: "D" });
  });
});
