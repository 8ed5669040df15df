import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Problem } from "../check/problems";

/*
 * Rules for the markdown body below the frontmatter. The page renders it as sanitised HTML, so raw HTML
 * an editor writes (a `<b>`, an `<iframe>`, a `<script>`) never reaches the page: the check says so at
 * the line, instead of the markup silently disappearing.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

type MdNode = { type: string; value?: string; children?: MdNode[]; position?: { start: { line: number; column: number } } };

function htmlNodes(node: MdNode, out: MdNode[] = []): MdNode[] {
  if (node.type === "html") out.push(node);
  for (const child of node.children ?? []) htmlNodes(child, out);
  return out;
}

/**
 * Problems in `body`, whose first line is line `firstLine` of `file`: an empty body is an error; raw
 * HTML (other than comments) is a warning, because it is removed from the page.
 */
export function checkBody(file: string, body: string, firstLine: number, kind: "profile" | "article"): Problem[] {
  const problems: Problem[] = [];
  const hasText = body.includes("<!--") ? /\S/.test(body.replace(/<!--[\s\S]*?-->/g, "")) : /\S/.test(body);
  if (!hasText) {
    problems.push({
      severity: "error",
      file,
      line: firstLine,
      column: 1,
      field: "(body)",
      message:
        kind === "profile"
          ? "the profile has no body: below the closing `---`, write 2–4 paragraphs on how AI is changing this role"
          : "the article has no body: write the article below the closing `---`",
    });
    return problems;
  }
  // Note: most bodies contain no markup at all; only those that might are parsed.
  if (!/<[A-Za-z/]/.test(body)) return problems;
  for (const node of htmlNodes(parser.parse(body) as MdNode)) {
    const value = node.value ?? "";
    // Comments are notes to other editors; a closing tag belongs to an opening one already reported.
    if (value.startsWith("<!--") || value.startsWith("</")) continue;
    const tag = /^<\/?([A-Za-z][\w-]*)/.exec(value)?.[1]?.toLowerCase();
    const start = node.position?.start ?? { line: 1, column: 1 };
    problems.push({
      severity: "warning",
      file,
      line: firstLine + start.line - 1,
      column: start.column,
      field: "(body)",
      message: `raw HTML${tag ? ` <${tag}>` : ""} is removed from the page (bodies are markdown only): write it in markdown instead`,
    });
  }
  return problems;
}
