import Link from "@/components/ui/link";
import { SearchBox } from "@/components/search/search-box";
import { siteConfig } from "@/lib/seo/site";

/** The home page's opening: the question the site answers, the search box and the main ways in. */
export function HomeHero({ roleCount }: { roleCount: number }) {
  return (
    <section
      aria-labelledby="hero-heading"
      className="rounded-3xl bg-gradient-to-br from-brand-50 to-white px-5 py-10 sm:px-10 dark:from-slate-900 dark:to-slate-950"
    >
      <h1
        id="hero-heading"
        className="max-w-3xl text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-5xl dark:text-white"
      >
        Will AI replace my job — and what do I do about it?
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        {siteConfig.name} rates {roleCount} roles for AI automation risk, shows which tasks are being automated and which stay yours, and
        tells you what to learn next. Every rating follows a published method and cites its research.
      </p>
      <div className="mt-6">
        <SearchBox label="Find your role: type your job title, or what people call it" variant="hero" />
      </div>
      <p className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium">
        <Link href="/roles">Browse all {roleCount} roles</Link>
        <Link href="/compare">Compare two roles</Link>
        <Link href="/methodology">How we rate risk</Link>
      </p>
    </section>
  );
}
