import Link from "@/components/ui/link";
import { SearchBox } from "@/components/search/search-box";
import { siteConfig } from "@/lib/seo/site";
import { Logo } from "./logo";

const NAV = [
  { href: "/roles", label: "All roles" },
  { href: "/methodology", label: "Methodology" },
  { href: "/about", label: "About" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-slate-900 no-underline hover:no-underline dark:text-white">
          <Logo className="h-7 w-7" />
          <span>{siteConfig.name}</span>
        </Link>
        <div className="order-last w-full sm:order-none sm:ml-auto sm:w-auto">
          <SearchBox label="Search jobs" variant="header" />
        </div>
        <nav aria-label="Main" className="ml-auto sm:ml-0">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block py-2 text-slate-700 no-underline hover:underline dark:text-slate-300">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
