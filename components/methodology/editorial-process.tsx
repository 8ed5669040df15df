import Link from "@/components/ui/link";
import { Section } from "@/components/ui/section";

/** Methodology section: what the two outlooks on a profile claim, and what they do not. */
export function TimelineMethodology() {
  return (
    <Section id="timeline" title="What the timeline means">
      <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          Each profile has two outlooks. <strong>The next 1–2 years</strong> describes changes already under way: tools that are shipping,
          adopted by early teams, and likely to be normal practice soon. <strong>3–5 years out</strong> is a reasoned scenario, not a
          prediction: where the role is heading if current capabilities keep improving at a steady pace and organisations adopt them at a
          normal speed.
        </p>
        <p>
          Neither outlook is a forecast of job numbers. Adoption depends on cost, regulation, liability and how employers choose to use the
          time AI saves — to do more work with the same people, or the same work with fewer.
        </p>
      </div>
    </Section>
  );
}

/** Methodology section: who writes a profile, what the content check enforces and where its dates come from. */
export function SourcingMethodology() {
  return (
    <Section id="sourcing" title="How profiles are sourced, reviewed and dated">
      <ul className="list-disc space-y-2 pl-6 leading-7 text-slate-800 dark:text-slate-200">
        <li>
          Profiles are written in our own words by editors who research the role&apos;s real tasks and tools. Claims that rest on research
          cite it in the profile&apos;s sources.
        </li>
        <li>
          Each profile is one markdown file in our public repository. Every change is a pull request that an automated check validates:
          required fields, a band consistent with the automatable share, references that resolve, dates in order.
        </li>
        <li>
          Every profile shows when it was first published and last changed. Those dates are not typed by an editor: they come from the
          site&apos;s version history (the first commit in which the profile was published, and the last that changed it), and the check
          refuses a changelog entry outside that span. Every source a profile cites shows the day an editor read it. The check warns when a
          profile has not changed for 12 months.
        </li>
        <li>
          Corrections are welcome from anyone: see <Link href="/about#corrections">how to propose one</Link>.
        </li>
      </ul>
    </Section>
  );
}

/** Methodology section: what a rating cannot tell you. */
export function RatingLimits() {
  return (
    <Section id="limits" title="The limits of a rating">
      <ul className="list-disc space-y-2 pl-6 leading-7 text-slate-800 dark:text-slate-200">
        <li>A rating is editorial judgement. It can be wrong, and it is only as current as its updated date.</li>
        <li>
          Exposure to AI is not the same as job loss. A task being automatable says nothing certain about hiring, pay or demand, which also
          depend on the economy and on choices employers make.
        </li>
        <li>
          Ratings describe typical work in English-speaking labour markets. Local regulation, language and industry can move a role&apos;s
          real exposure up or down.
        </li>
        <li>We rate roles, not employers or individuals. Use the personal assessment to see how your own mix of tasks compares.</li>
      </ul>
    </Section>
  );
}
