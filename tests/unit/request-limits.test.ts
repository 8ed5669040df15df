import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalPath, isValidPercentEncoding, MAX_URL_LENGTH, screenRequest } from "@/lib/http/request-limits";

/** Splits a raw request target the way the proxy receives it: the path and the query, both still encoded. */
function screen(method: string, target: string) {
  const q = target.indexOf("?");
  return q === -1 ? screenRequest(method, target, "") : screenRequest(method, target.slice(0, q), target.slice(q));
}

describe("screenRequest (the proxy's first look at every document request)", () => {
  it.each([
    "/",
    "/roles/software-developer",
    "/search?q=backnd+develper",
    "/search?q=100%25",
    "/search?q=%E0%A4%AA%E0%A4%BE",
    "/compare?roles=accountant,bookkeeper",
    "/roles/x/plan?a1=2&h=3&s=2026-12-07",
    "/roles/..%252f..%252fetc%252fpasswd",
    "/roles/a..b",
  ])("lets %s through", (target) => {
    expect(screen("GET", target)).toBeUndefined();
    expect(screen("HEAD", target)).toBeUndefined();
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "post"])("refuses %s with 405 and says what is allowed", (method) => {
    expect(screen(method, "/roles/software-developer")).toEqual({ action: "refuse", status: 405, allow: "GET, HEAD" });
  });

  it("refuses addresses over the limit with 414, counting path, `?` and query", () => {
    const path = `/${"a".repeat(MAX_URL_LENGTH - 1)}`;
    expect(screen("GET", path)).toBeUndefined();
    expect(screen("GET", `${path}a`)).toEqual({ action: "refuse", status: 414 });
    expect(screen("GET", `/search?q=${"x".repeat(MAX_URL_LENGTH - "/search?q=".length)}`)).toBeUndefined();
    expect(screen("GET", `/search?q=${"x".repeat(MAX_URL_LENGTH - "/search?q=".length + 1)}`)).toEqual({ action: "refuse", status: 414 });
    expect(screen("GET", `/roles/${"a".repeat(5000)}`)).toEqual({ action: "refuse", status: 414 });
  });

  it.each(["/roles/%E0%A4%A", "/roles/%ZZ", "/%", "/roles/%C0%AF", "/search?q=%ZZ", "/search?q=%E0%A4%A", "/about?x=%"])(
    "refuses the broken escape in %s with 400",
    (target) => {
      expect(screen("GET", target)).toEqual({ action: "refuse", status: 400 });
    },
  );

  it("answers the internal error pages' own addresses with 404, however they are written", () => {
    expect(screen("GET", "/request-error/405")).toEqual({ action: "refuse", status: 404 });
    expect(screen("GET", "/request-error")).toEqual({ action: "refuse", status: 404 });
    expect(screen("GET", "/request-error/%34%30%35")).toEqual({ action: "refuse", status: 404 });
  });

  it.each(["/roles/..%2f..%2fetc%2fpasswd", "/roles/%2e%2e/x", "/roles/x/plan/..%2F.env", "/%2E"])(
    "refuses %s, a dot segment once decoded, with 400 (as nginx does)",
    (target) => {
      expect(screen("GET", target)).toEqual({ action: "refuse", status: 400 });
      expect(screen("GET", "/request-errors")).toBeUndefined();
    },
  );

  it("redirects escapes of plain characters to the canonical address, keeping the query", () => {
    expect(screen("GET", "/roles/%5Fbrowse")).toEqual({ action: "redirect", location: "/roles/_browse" });
    expect(screen("GET", "/roles/%5fbrowse?risk=high")).toEqual({ action: "redirect", location: "/roles/_browse?risk=high" });
    expect(screen("GET", "/roles/software%2Ddeveloper")).toEqual({ action: "redirect", location: "/roles/software-developer" });
    // Reserved characters stay escaped: %2F is not a path separator.
    expect(screen("GET", "/roles/a%2Fb")).toBeUndefined();
  });

  it("answers pages below an unknown role with 404, and leaves known roles and other pages alone", () => {
    const known = (slug: string) => slug === "accountant";
    for (const sub of ["assessment", "assessment/result", "plan", "plan/calendar.ics", "plan/plan.md", "feed.xml"]) {
      expect(screenRequest("GET", `/roles/astronaut/${sub}`, "?a1=1", known)).toEqual({ action: "refuse", status: 404 });
      expect(screenRequest("GET", `/roles/accountant/${sub}`, "?a1=1", known)).toBeUndefined();
    }
    // The slug is compared decoded; the role page itself is prerendered and has its own 404.
    expect(screenRequest("GET", "/roles/accou%C3%B1tant/plan", "", known)).toEqual({ action: "refuse", status: 404 });
    expect(screenRequest("GET", "/roles/astronaut", "", known)).toBeUndefined();
    expect(screenRequest("GET", "/roles/astronaut/", "", known)).toBeUndefined();
    expect(screenRequest("GET", "/categories/astronaut/x", "", known)).toBeUndefined();
  });

  it("checks the method first, then the length, then the escapes", () => {
    expect(screen("POST", `/${"%".repeat(MAX_URL_LENGTH + 1)}`)).toMatchObject({ status: 405 });
    expect(screen("GET", `/${"%".repeat(MAX_URL_LENGTH + 1)}`)).toMatchObject({ status: 414 });
  });
});

describe("canonicalPath", () => {
  it("decodes escapes of letters, digits and -._~ only", () => {
    expect(canonicalPath("/%41%7a%30%2D%2e%5F%7E")).toBe("/Az0-._~");
    expect(canonicalPath("/%2F%3F%23%25%20%E0%A4%AA")).toBe("/%2F%3F%23%25%20%E0%A4%AA");
  });

  it("is idempotent and never changes what the path decodes to", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const path = `/${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, "x"))}`;
        const once = canonicalPath(path);
        expect(canonicalPath(once)).toBe(once);
        expect(decodeURIComponent(once)).toBe(decodeURIComponent(path));
      }),
    );
  });
});

describe("properties", () => {
  const target = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: fc.constantFrom("%", "2", "e", "E", "0", "A", "Z", "/", "?", "&", "=", "5", "F", "C"), maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 80 }),
  );

  it("never throws, and a redirect always leads to an address that is let through", () => {
    fc.assert(
      fc.property(fc.constantFrom("GET", "HEAD", "POST", "DELETE"), target, target, (method, path, query) => {
        const verdict = screenRequest(method, `/${path}`, query);
        if (verdict?.action === "redirect") {
          const q = verdict.location.indexOf("?");
          const [p, s] = q === -1 ? [verdict.location, ""] : [verdict.location.slice(0, q), verdict.location.slice(q)];
          expect(screenRequest(method, p, s)).toBeUndefined();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a 400 for escapes exactly when decodeURIComponent would throw", () => {
    fc.assert(
      fc.property(target, (text) => {
        const path = `/${text}`.slice(0, MAX_URL_LENGTH);
        const verdict = screenRequest("GET", path, "");
        let decodes = true;
        try {
          decodeURIComponent(path);
        } catch (error) {
          expect(error).toBeInstanceOf(URIError);
          decodes = false;
        }
        expect(isValidPercentEncoding(path)).toBe(decodes);
        // A decodable path is refused only if it holds a dot segment once decoded.
        const dotSegment = decodes && /(?:^|\/)\.\.?(?:\/|$)/.test(decodeURIComponent(path));
        if (decodes) expect(verdict?.action === "refuse" && verdict.status === 400).toBe(dotSegment);
        else expect(verdict).toEqual({ action: "refuse", status: 400 });
      }),
      { numRuns: 2000 },
    );
  });
});
