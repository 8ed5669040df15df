import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoleCard } from "@/components/role/role-card";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Section } from "@/components/ui/section";
import { getAllArticles, getArticle, getRole } from "@/lib/content";
import { PageDates } from "@/components/content/page-dates";
import { SourceList } from "@/components/content/source-list";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildArticleGraph } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: `/articles/${article.slug}`,
    type: "article",
    publishedTime: article.published,
    modifiedTime: article.updated,
  });
}

export default async function ArticlePage({ params }: PageProps<"/articles/[slug]">) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const roles = article.roles.map(getRole).filter((r) => r !== undefined);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={buildArticleGraph(article)} />
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: "Articles", href: "/articles" },
          { name: article.title, href: `/articles/${article.slug}` },
        ]}
      />
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
        {article.title}
      </h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{article.description}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {article.author}
        {article.published && " · "}
        <PageDates published={article.published} updated={article.updated} />
      </p>
      <div className="prose-body mt-8" dangerouslySetInnerHTML={{ __html: article.html }} />
      {roles.length > 0 && (
        <Section id="roles" title="Roles in this article">
          <ul className="grid gap-3 sm:grid-cols-2">
            {roles.map((r) => (
              <li key={r.slug}>
                <RoleCard role={r} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {article.sources.length > 0 && (
        <Section id="sources" title="Sources">
          <SourceList sources={article.sources} />
        </Section>
      )}
    </article>
  );
}
