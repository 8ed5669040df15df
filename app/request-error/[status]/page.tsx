import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ERROR_PAGE_STATUSES, MAX_URL_LENGTH } from "@/lib/http/request-limits";

/*
 * Pages for requests refused before any route runs (lib/http/request-limits.ts). Prerendered, and served by
 * nginx (error_page) or the proxy from the build output with the refusal's status at the address the
 * reader asked for (lib/http/error-page.ts); requested directly, these addresses answer 404.
 */

export const dynamicParams = false;

export function generateStaticParams() {
  return ERROR_PAGE_STATUSES.map((status) => ({ status }));
}

type Explanation = { label: string; title: string; body: React.ReactNode };

const EXPLANATIONS: Record<(typeof ERROR_PAGE_STATUSES)[number], Explanation> = {
  "400": {
    label: "400 — bad request",
    title: "That address is not valid",
    body: (
      <>
        It contains a <code>%</code> sign that does not start a valid code (such as <code>%20</code> for a space). This usually happens when
        a link was cut short or copied by hand. To search for a percent sign, write it as <code>%25</code>.
      </>
    ),
  },
  "405": {
    label: "405 — method not allowed",
    title: "This page can only be read",
    body: (
      <>
        Role Compass pages answer only GET and HEAD requests, which is what a browser sends when you open a link. Nothing on this site
        accepts data to store, change or delete: even the assessment works from the answers in the page address, and stores none of them.
      </>
    ),
  },
  "414": {
    label: "414 — address too long",
    title: "That address is too long",
    body: (
      <>
        We answer addresses of up to {MAX_URL_LENGTH.toLocaleString("en")} characters, and the longest one the site makes itself is a few
        hundred. A much longer address usually comes from a link pasted twice or a tool adding parameters. Start again from one of the pages
        below.
      </>
    ),
  },
};

function explanationFor(status: string): Explanation | undefined {
  return (ERROR_PAGE_STATUSES as readonly string[]).includes(status) ? EXPLANATIONS[status as keyof typeof EXPLANATIONS] : undefined;
}

export async function generateMetadata({ params }: PageProps<"/request-error/[status]">): Promise<Metadata> {
  const explanation = explanationFor((await params).status);
  return explanation ? { title: explanation.title, robots: { index: false, follow: true } } : {};
}

export default async function RequestErrorPage({ params }: PageProps<"/request-error/[status]">) {
  const explanation = explanationFor((await params).status);
  if (!explanation) notFound();
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-300">{explanation.label}</p>
      <h1 className="mt-2 text-3xl font-extrabold text-slate-900 dark:text-white">{explanation.title}</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{explanation.body}</p>
      <ul className="mt-6 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/roles">Browse every role we rate</Link>
        </li>
        <li>
          <Link href="/search">Search for a role</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
