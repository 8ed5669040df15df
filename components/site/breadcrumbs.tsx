import Link from "@/components/ui/link";

export type Crumb = { name: string; href: string };
export type BreadcrumbsProps = { items: Crumb[] };

/** The trail from the home page; the last item is the current page and is not a link. */
export function Breadcrumbs({ items }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-2">
              {last ? (
                <span aria-current="page" className="text-slate-900 dark:text-slate-100">
                  {item.name}
                </span>
              ) : (
                <>
                  <Link href={item.href}>{item.name}</Link>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
