import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

describe("renderMarkdown", () => {
  it("renders markdown with GFM", () => {
    expect(renderMarkdown("Some **bold** and a [link](/roles/x).\n\n- a\n- b")).toMatchInlineSnapshot(`
      "<p>Some <strong>bold</strong> and a <a href="/roles/x">link</a>.</p>
      <ul>
      <li>a</li>
      <li>b</li>
      </ul>"
    `);
  });

  it("never lets raw HTML through as markup", () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">b</b>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|onerror|onclick|<b[ >]/i);
  });

  it("drops javascript: links", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) [ok](https://example.org)");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://example.org"');
  });

  it("prefixes ids so content cannot clobber page ids", () => {
    expect(renderMarkdown("Text[^1]\n\n[^1]: note")).not.toMatch(/id="(?!md-)/);
  });
});
