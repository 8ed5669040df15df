import { Section } from "@/components/ui/section";
import { MAX_OUTSIDE_SHARE, TIME_WEIGHTS, computeExposureShare, sumWeights, type TimeAnswer } from "@/lib/assessment/scoring";
import { MAX_HOURS, MIN_HOURS } from "@/lib/assessment/params";
import { bandForShare, riskLabel } from "@/lib/content/risk";

// The worked example is computed with the same function the assessment uses, so the text cannot drift from the code.
const EXAMPLE = { automating: [2, 1, 0, 0, 0] as TimeAnswer[], augmenting: [1, 1, 1, 0, 0] as TimeAnswer[], outside: 30 };
const A = sumWeights(EXAMPLE.automating);
const G = sumWeights(EXAMPLE.augmenting);
const SHARE = computeExposureShare(EXAMPLE);
const SCORE = Math.round(SHARE);

/** Methodology section: how the personal assessment scores answers and how the 12-week plan is built. */
export function AssessmentFormula() {
  return (
    <Section id="assessment" title="How the personal assessment and the plan work">
      <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          A role&apos;s band describes a typical week. The assessment on each profile applies the same method to <em>your</em> week. You say
          how much time each of the profile&apos;s listed tasks takes (none, some or a lot), what share of your work falls outside them (0–
          {MAX_OUTSIDE_SHARE}%), and how familiar you are with each AI tool the profile names (never used, tried, weekly).
        </p>
        <p>
          Each time answer gets a weight: none {TIME_WEIGHTS[0]}, some {TIME_WEIGHTS[1]}, a lot {TIME_WEIGHTS[2]} (a task that fills a day
          or more against one that takes a few hours). With <var>A</var> the sum of the weights of the automating tasks, <var>G</var> the
          sum for the augmenting tasks and <var>o</var> the share outside the listed tasks:
        </p>
        <p className="rounded-lg bg-slate-100 px-4 py-3 text-center font-mono text-base dark:bg-slate-800" data-testid="assessment-formula">
          exposure score = round( (100 − o) × A ÷ (A + G) )
        </p>
        <p>
          That is the share of your working time spent on tasks AI can already do end to end, the same quantity as a role&apos;s automatable
          share, so the score falls in a band with the <a href="#risk-bands">same thresholds</a>. If you answer &ldquo;none&rdquo; for every
          listed task, the score is 0. Tool familiarity does not change the score: knowing the tools changes what you can do about your
          exposure, not how much of your work is exposed.
        </p>
        <p>
          <strong>Example.</strong> Five automating tasks answered a lot, some, none, none, none give <var>A</var> = {A}; five augmenting
          tasks answered some, some, some, none, none give <var>G</var> = {G}; {EXAMPLE.outside}% of the work is elsewhere. The score is
          (100 − {EXAMPLE.outside}) × {A} ÷ {A + G} = {Number.isInteger(SHARE) ? SHARE : SHARE.toFixed(1)}, rounded {SCORE}: a{" "}
          {riskLabel(bandForShare(SCORE)).toLowerCase()} exposure.
        </p>
        <p>The result page also shows:</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>Most exposed tasks:</strong> up to three automating tasks you spend time on, those that take a lot first.
          </li>
          <li>
            <strong>Strongest human-in-the-loop tasks:</strong> up to three augmenting tasks you spend time on, in the same order, with what
            stays with you.
          </li>
          <li>
            <strong>Three skills to prioritise:</strong> the AI tool you know least (never used before tried; all used weekly gives a second
            technical skill instead), the profile&apos;s first technical skill and its first human skill. With a low or medium score the
            tool comes first; with a high or very high score the human skill comes first, because the way forward is to move your time
            toward the work that stays with people.
          </li>
        </ul>
        <p>
          <strong>The 12-week plan</strong> is built from the same profile and answers, with no randomness: the same answers always give the
          same plan. Weeks 1–4 are fundamentals (set up the tools and hand your most automatable tasks to them, with you reviewing), weeks
          5–8 practice (the profile&apos;s technical skills and a first project), weeks 9–12 advanced (its human skills, a second project,
          making your work visible). Tools you know least come first, and so do the tasks that take most of your time. Each week has a
          focus, two tasks when you give it {MIN_HOURS}–2 hours or three from 3 up to {MAX_HOURS} hours, a split of your hours in half-hour
          steps, and a checkpoint. Without answers, the plan follows the profile&apos;s own order.
        </p>
        <p>
          <strong>Privacy.</strong> Your answers exist only in the page address. We do not store or log them, the pages are not indexed, and
          they send no referrer to other sites. The score is a reading of your own answers, not a prediction about your job.
        </p>
      </div>
    </Section>
  );
}
