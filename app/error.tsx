"use client";

import Link from "@/components/ui/link";

// A friendly page for unexpected errors; the digest lets us find the server log entry without showing a trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-300">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-extrabold text-slate-900 dark:text-white">Sorry — this page failed to load</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        It&apos;s our fault, not yours. Try again, or go back to the list of roles.
        {error.digest ? ` (Reference: ${error.digest})` : ""}
      </p>
      <p className="mt-6 flex gap-3">
        <button type="button" onClick={reset} className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Try again
        </button>
        <Link href="/roles" className="rounded-lg border border-slate-300 px-4 py-2 font-semibold no-underline dark:border-slate-700">
          All roles
        </Link>
      </p>
    </div>
  );
}
