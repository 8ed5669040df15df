import type { FaqItem } from "@/lib/seo/faq";

export type FaqProps = { items: FaqItem[] };

/** Questions as native disclosure widgets: no JavaScript, and the answers are in the HTML for crawlers. */
export function Faq({ items }: FaqProps) {
  return (
    <div
      className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
      data-testid="faq"
    >
      {items.map((item, i) => (
        <details key={item.question} className="group p-4" open={i === 0}>
          <summary className="flex cursor-pointer list-none items-start justify-between gap-4 font-semibold text-slate-900 dark:text-white [&::-webkit-details-marker]:hidden">
            <h3 className="text-base">{item.question}</h3>
            <span aria-hidden="true" className="mt-0.5 text-lg leading-none text-slate-500 transition group-open:rotate-45">
              +
            </span>
          </summary>
          <p className="mt-2 leading-7 text-slate-800 dark:text-slate-200">{item.answer}</p>
        </details>
      ))}
    </div>
  );
}
