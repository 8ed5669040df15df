import type { Metadata } from "next";
import Link from "@/components/ui/link";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

// Note: a custom not-found page also avoids Next's default one, which uses inline styles (CSP).
export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-sky-300">404 — not found</p>
      <h1 className="mt-2 text-3xl font-extrabold text-slate-900 dark:text-white">We couldn&apos;t find that page</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        The address may be mistyped, or the role may have a different name on this site. Try one of these:
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/roles">Browse every role we rate</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/about#corrections">Ask us to add your role</Link>
        </li>
      </ul>
    </div>
  );
}
