import Link from "@/components/ui/link";

export type BadRequestProps = {
  /** What the reader was trying to do, e.g. "We can't compare those roles". */
  title: string;
  /** Every problem found, each a sentence saying what to change. */
  problems: string[];
  /** A way to put it right, e.g. the compare picker. */
  children?: React.ReactNode;
};

/**
 * The body of a 400 page. The status itself is set by the proxy (lib/proxy/request-guard.ts), which runs the
 * same checks; this says what was wrong in words a reader can act on.
 */
export function BadRequest({ title, problems, children }: BadRequestProps) {
  return (
    <div className="mx-auto max-w-3xl py-6">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-300">400 — bad request</p>
      <h1 className="mt-2 text-3xl font-extrabold text-slate-900 dark:text-white">{title}</h1>
      <div role="alert" className="mt-4 rounded-xl border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950">
        <p className="font-semibold text-red-900 dark:text-red-100">What was wrong with the address:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-red-900 dark:text-red-100">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      {children && <div className="mt-8">{children}</div>}
      <p className="mt-8 text-slate-700 dark:text-slate-300">
        Or <Link href="/roles">browse every role</Link>, or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
