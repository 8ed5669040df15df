import { PlanSettingsForm } from "@/components/plan/plan-settings-form";

export type ActionCtaProps = { slug: string; title: string };

/**
 * The role page's call to action: the personal assessment and the 12-week plan. Plain links and a GET
 * form, so both work without JavaScript. Note: plain <a>, not next/link: these URLs are route handlers,
 * which a prefetch would render for nothing.
 */
export function ActionCta({ slug, title }: ActionCtaProps) {
  return (
    <section
      aria-labelledby="next-step-heading"
      className="mt-10 rounded-2xl border-2 border-brand-600 bg-brand-50 p-5 sm:p-6 dark:border-sky-300 dark:bg-slate-900"
      data-testid="action-cta"
    >
      <h2 id="next-step-heading" className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl dark:text-white">
        Your next step
      </h2>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        <div>
          <h3 className="text-lg font-semibold text-slate-900 dark:text-white">Check your own exposure</h3>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Say how your week is really spent and get a personal exposure score, your most exposed tasks and three skills to work on first.
            About a minute, no account, nothing stored.
          </p>
          <p className="mt-4">
            <a
              href={`/roles/${slug}/assessment`}
              className="inline-block rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700 hover:no-underline"
            >
              Take the assessment
            </a>
          </p>
        </div>
        <div>
          <h3 className="text-lg font-semibold text-slate-900 dark:text-white">Get a 12-week action plan</h3>
          <p className="mt-1 mb-4 text-slate-700 dark:text-slate-300">
            Weekly tasks for a {title}: the AI tools to adopt, the skills to practise and two small projects on real work. Printable, and
            ready for your calendar.
          </p>
          <PlanSettingsForm action={`/roles/${slug}/plan`} hidden={[]} submitLabel="Build my plan" idPrefix="cta-plan" />
        </div>
      </div>
    </section>
  );
}
