import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";

/*
 * Markdown → HTML for profile and article bodies. Raw HTML in the markdown is dropped by remark-rehype
 * (allowDangerousHtml is off), and the result is sanitised again with GitHub's schema, so a `<script>`
 * or an `onclick` written by an editor never reaches the page as markup.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, {
    ...defaultSchema,
    // Note: no id clobbering prefix games: headings get no ids, so nothing collides with page ids.
    clobberPrefix: "md-",
  })
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

