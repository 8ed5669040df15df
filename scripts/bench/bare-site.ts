import fs from "node:fs";
import path from "node:path";

/**
 * Writes the reference: a bare Next.js App Router site with `pages` statically generated pages of
 * plain text and zero client components, built with the same Next as ours. It lives under `.bench/`
 * (ignored by git) so it resolves this repository's node_modules.
 */
export function writeBareSite(dir: string, pages: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "app", "p", "[n]"), { recursive: true });
  fs.writeFileSync(path.join(dir, "next.config.mjs"), "export default { poweredByHeader: false };\n");
  fs.writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export const metadata = { title: "Bare" };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  );
  fs.writeFileSync(path.join(dir, "app", "page.jsx"), `export default function Home() { return <main><h1>Bare site</h1></main>; }\n`);
  fs.writeFileSync(
    path.join(dir, "app", "p", "[n]", "page.jsx"),
    `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: ${pages} }, (_, i) => ({ n: String(i) }));
}
export default async function Page({ params }) {
  const { n } = await params;
  return <main><h1>Page {n}</h1><p>${"A paragraph of plain text. ".repeat(40)}</p></main>;
}
`,
  );
}
