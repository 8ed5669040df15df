import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getAllArticles } from "@/lib/content";
import { formatDate } from "@/lib/content/format";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildWebPage } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";

export const metadata: Metadata = pageMetadata({
  title: "Articles: AI and work, role by role",
  description: "Longer reads from Role Compass on how AI is changing specific jobs and industries, and how to read our risk ratings.",
  path: "/articles",
});

export default function ArticlesPage() {
  const articles = getAllArticles();
  return (
    <>
      <JsonLd
        data={buildWebPage({
          name: "Articles: AI and work, role by role",
          description: "Longer reads on AI and work, each linked to the roles it concerns.",
          path: "/articles",
        })}
      />
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Articles</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Longer reads on AI and work, each linked to the roles it concerns.
      </p>
      <ul className="mt-8 space-y-6">
        {articles.map((a) => (
          <li key={a.slug} className="max-w-3xl">
            <h2 className="text-xl font-semibold">
              <Link href={`/articles/${a.slug}`}>{a.title}</Link>
            </h2>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{a.description}</p>
            {a.updated && (
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                <time dateTime={a.updated}>{formatDate(a.updated)}</time>
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
