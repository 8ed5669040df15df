import Link from "@/components/ui/link";
import { siteConfig } from "@/lib/seo/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-slate-600 sm:grid-cols-3 dark:text-slate-400">
        <div>
          <p className="font-semibold text-slate-900 dark:text-white">{siteConfig.name}</p>
          <p className="mt-1">{siteConfig.tagline}</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            <li>
              <Link href="/roles">All roles</Link>
            </li>
            <li>
              <Link href="/methodology">How we rate risk</Link>
            </li>
            <li>
              <Link href="/occupations">Every occupation: research data</Link>
            </li>
            <li>
              <Link href="/articles">Articles</Link>
            </li>
            <li>
              <Link href="/about">About and corrections</Link>
            </li>
          </ul>
        </nav>
        <p>
          Ratings are editorial judgement backed by published research, not a prediction about any one person&apos;s job. Research data:
          Eloundou et al. (2024), Tomlinson et al. (2025), O*NET and US BLS — see the methodology.
        </p>
      </div>
    </footer>
  );
}
