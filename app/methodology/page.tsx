import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ResearchDataMethodology } from "@/components/methodology/research-data";
import { AssessmentFormula } from "@/components/methodology/assessment-formula";
import { RiskBadge } from "@/components/role/risk-badge";
import { Section } from "@/components/ui/section";
import { getAllRoles } from "@/lib/content";
import { getResearchStats } from "@/lib/research";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildWebPage } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";

const TITLE = "Methodology: how we rate AI automation risk";
const DESCRIPTION =
  "How Role Compass decides a role's AI automation risk band, what the timeline means, how profiles are sourced, reviewed and dated, and the limits of a rating.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/methodology" });

export default function MethodologyPage() {
  const roles = getAllRoles();
  const counts = Object.fromEntries(RISK_LEVELS.map((l) => [l, roles.filter((r) => r.risk.level === l).length]));
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={buildWebPage({ name: TITLE, description: DESCRIPTION, path: "/methodology" })} />
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">How we rate AI automation risk</h1>
      <p className="mt-4 text-lg leading-8 text-slate-700 dark:text-slate-300">
        Every role profile on Role Compass follows the same method, and the content check that runs on every change refuses a profile that
        breaks it. This page explains the method, where it is weak, and how to challenge a rating.
      </p>

      <Section id="risk-bands" title="How a risk band is decided">
        <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
          <p>
            We start from the work, not the job title. For each role an editor lists the <strong>core tasks</strong> that fill a typical
            week — the ones a practitioner would name, not generic activities — and sorts them into three groups:
          </p>
          <ul className="list-disc space-y-2 pl-6">
            <li>
              <strong>Automating:</strong> tasks that AI tools available today can do end to end, with a person at most checking the output.
              These are listed on each profile under &ldquo;Tasks AI is automating&rdquo;, with the tools that do them.
            </li>
            <li>
              <strong>Augmenting:</strong> tasks where AI makes the person faster or better but the person still decides and is accountable.
              Each one says what AI does and what stays with you.
            </li>
            <li>
              <strong>Human:</strong> everything else — physical work, relationships, accountability, work in unpredictable settings — which
              AI barely touches today.
            </li>
          </ul>
          <p>
            The editor then estimates the <strong>automatable share</strong>: the percentage of the role&apos;s core working time spent on
            tasks in the first group. That single number decides the band:
          </p>
        </div>
        <table className="mt-4 w-full border-collapse text-left text-sm">
          <caption className="sr-only">Risk bands by automatable share</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-2 pr-3">
                Band
              </th>
              <th scope="col" className="py-2 pr-3">
                Automatable share
              </th>
              <th scope="col" className="py-2 pr-3">
                What it means
              </th>
              <th scope="col" className="py-2">
                Roles
              </th>
            </tr>
          </thead>
          <tbody>
            {RISK_LEVELS.map((level) => {
              const band = RISK_BANDS[level];
              return (
                <tr key={level} className="border-b border-slate-200 align-top dark:border-slate-800">
                  <td className="py-2 pr-3">
                    <RiskBadge level={level} />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {band.min}–{Math.min(band.max - 1, 100)}%
                  </td>
                  <td className="py-2 pr-3">{band.summary}</td>
                  <td className="py-2">
                    <Link href={`/risk/${level}`}>{counts[level]}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="mt-4 space-y-4 leading-7 text-slate-800 dark:text-slate-200">
          <p>
            The share is an estimate rounded to a whole percent, not a measurement. It is informed by the research figures we show on each
            page (below), by the task statements of the occupation in O*NET, and by what the named tools demonstrably do in production today
            — not by demos or vendor roadmaps. Where the research and our band disagree, the profile says so and explains why.
          </p>
          <p>
            A band describes the <em>role</em>, not a person. Two people with the same title can spend their weeks very differently; the{" "}
            <Link href="#assessment">personal assessment</Link> on each profile lets you weight the tasks by your own week.
          </p>
        </div>
      </Section>

      <Section id="timeline" title="What the timeline means">
        <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
          <p>
            Each profile has two outlooks. <strong>The next 1–2 years</strong> describes changes already under way: tools that are shipping,
            adopted by early teams, and likely to be normal practice soon. <strong>3–5 years out</strong> is a reasoned scenario, not a
            prediction: where the role is heading if current capabilities keep improving at a steady pace and organisations adopt them at a
            normal speed.
          </p>
          <p>
            Neither outlook is a forecast of job numbers. Adoption depends on cost, regulation, liability and how employers choose to use
            the time AI saves — to do more work with the same people, or the same work with fewer.
          </p>
        </div>
      </Section>

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
            refuses a changelog entry outside that span. Every source a profile cites shows the day an editor read it. The check warns when
            a profile has not changed for 12 months.
          </li>
          <li>
            Corrections are welcome from anyone: see <Link href="/about#corrections">how to propose one</Link>.
          </li>
        </ul>
      </Section>

      <ResearchDataMethodology stats={getResearchStats()} />

      <AssessmentFormula />

      <Section id="limits" title="The limits of a rating">
        <ul className="list-disc space-y-2 pl-6 leading-7 text-slate-800 dark:text-slate-200">
          <li>A rating is editorial judgement. It can be wrong, and it is only as current as its updated date.</li>
          <li>
            Exposure to AI is not the same as job loss. A task being automatable says nothing certain about hiring, pay or demand, which
            also depend on the economy and on choices employers make.
          </li>
          <li>
            Ratings describe typical work in English-speaking labour markets. Local regulation, language and industry can move a role&apos;s
            real exposure up or down.
          </li>
          <li>We rate roles, not employers or individuals. Use the personal assessment to see how your own mix of tasks compares.</li>
        </ul>
      </Section>
    </article>
  );
}
