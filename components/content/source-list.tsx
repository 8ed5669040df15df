import { formatDate } from "@/lib/content/format";
import type { Source } from "@/lib/content/schema";

export type SourceListProps = { sources: readonly Source[] };

/**
 * The sources a page's claims rest on, each with who published it, when, the day an editor read it and
 * the claim it backs, so a reader can check the page against them.
 */
export function SourceList({ sources }: SourceListProps) {
  return (
    <ol className="max-w-3xl list-decimal space-y-3 pl-5 text-sm" data-testid="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener" className="font-medium">
            {s.title}
          </a>
          <span className="text-slate-700 dark:text-slate-300">
            {" "}
            — {s.publisher}, {s.year}. Read <time dateTime={s.accessed}>{formatDate(s.accessed)}</time>.
          </span>
          <span className="block text-slate-600 dark:text-slate-400">Backs: {s.supports}</span>
        </li>
      ))}
    </ol>
  );
}
