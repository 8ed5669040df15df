/**
 * An HTTP-Observatory-style grade of a response's security headers, following the Mozilla HTTP
 * Observatory's scoring: start at 100, subtract penalties, add bonuses only when the score is at least
 * 90, then map to a letter. Used by the benchmark to report what a scan of the deployed site would say.
 */
export type GradeLine = { test: string; score: number; note: string };
export type Grade = { score: number; grade: string; lines: GradeLine[] };

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

export function gradeHeaders(headers: Record<string, string | undefined>): Grade {
  const h = (name: string) => headers[name.toLowerCase()];
  const lines: GradeLine[] = [];
  const csp = h("content-security-policy");
  if (!csp) lines.push({ test: "content-security-policy", score: -25, note: "not implemented" });
  else {
    const d = directives(csp);
    const scripts = d.get("script-src") ?? d.get("default-src") ?? [];
    const hasUnsafe = (values: string[]) =>
      values.some((v) => ["'unsafe-inline'", "'unsafe-eval'", "data:", "http:", "https:", "*"].includes(v));
    if (hasUnsafe(scripts) && !scripts.some((v) => v.startsWith("'nonce-") || v.startsWith("'sha256-"))) {
      lines.push({ test: "content-security-policy", score: -20, note: "script-src allows unsafe-inline or a broad source" });
    } else if (!d.has("default-src") && !d.has("script-src")) {
      lines.push({ test: "content-security-policy", score: -25, note: "no default-src or script-src" });
    } else if (hasUnsafe(d.get("style-src") ?? [])) {
      lines.push({ test: "content-security-policy", score: 0, note: "implemented; unsafe-inline only in style-src" });
    } else if ((d.get("default-src") ?? []).join(" ") === "'none'") {
      lines.push({ test: "content-security-policy", score: 10, note: "implemented with default-src 'none'" });
    } else {
      lines.push({ test: "content-security-policy", score: 5, note: "implemented without unsafe sources" });
    }
  }
  const hsts = h("strict-transport-security");
  const maxAge = Number(hsts?.match(/max-age=(\d+)/)?.[1] ?? 0);
  lines.push(
    !hsts
      ? { test: "strict-transport-security", score: -20, note: "not implemented" }
      : maxAge < 15_768_000
        ? { test: "strict-transport-security", score: -10, note: "max-age under six months" }
        : { test: "strict-transport-security", score: 0, note: "max-age at least six months" },
  );
  lines.push(
    h("x-content-type-options")?.toLowerCase() === "nosniff"
      ? { test: "x-content-type-options", score: 0, note: "nosniff" }
      : { test: "x-content-type-options", score: -5, note: "missing" },
  );
  const frameAncestors = csp ? directives(csp).get("frame-ancestors") : undefined;
  if (frameAncestors && (frameAncestors.includes("'none'") || frameAncestors.includes("'self'"))) {
    lines.push({ test: "x-frame-options", score: 5, note: "implemented via CSP frame-ancestors" });
  } else if (["deny", "sameorigin"].includes(h("x-frame-options")?.toLowerCase() ?? "")) {
    lines.push({ test: "x-frame-options", score: 0, note: "implemented" });
  } else lines.push({ test: "x-frame-options", score: -20, note: "missing" });
  const referrer = h("referrer-policy")?.toLowerCase() ?? "";
  if (
    ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].some((v) =>
      referrer
        .split(",")
        .map((s) => s.trim())
        .includes(v),
    )
  ) {
    lines.push({ test: "referrer-policy", score: 5, note: referrer });
  } else if (referrer.includes("unsafe-url") || referrer.includes("no-referrer-when-downgrade")) {
    lines.push({ test: "referrer-policy", score: -5, note: "unsafe" });
  } else lines.push({ test: "referrer-policy", score: 0, note: "not set" });

  const penalties = lines.filter((l) => l.score < 0).reduce((s, l) => s + l.score, 0);
  const bonuses = lines.filter((l) => l.score > 0).reduce((s, l) => s + l.score, 0);
  let score = 100 + penalties;
  // Note: as on the Observatory, bonuses only count once the penalties leave 90 or more.
  if (score >= 90) score += bonuses;
  score = Math.max(0, score);
  const table: [number, string][] = [
    [100, "A+"],
    [90, "A"],
    [85, "A-"],
    [80, "B+"],
    [70, "B"],
    [65, "B-"],
    [60, "C+"],
    [50, "C"],
    [45, "C-"],
    [40, "D+"],
    [30, "D"],
    [25, "D-"],
    [0, "F"],
  ];
  const grade = table.find(([min]) => score >= min)![1];
  return { score, grade, lines };
}
