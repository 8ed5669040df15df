import Link from "@/components/ui/link";
import { RiskBadge } from "@/components/role/risk-badge";
import { Section } from "@/components/ui/section";
import { RISK_BANDS, RISK_LEVELS } from "@/lib/content/risk";

export type RiskBandsMethodologyProps = {
  /** How many published roles each band holds, by risk level. */
  counts: Record<string, number>;
};

/** Each band's range of automatable share and meaning, with a link to the roles in it. */
function RiskBandTable({ counts }: RiskBandsMethodologyProps) {
  return (
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
  );
}

/** Methodology section: how a role's tasks and automatable share decide its risk band. */
export function RiskBandsMethodology({ counts }: RiskBandsMethodologyProps) {
  return (
    <Section id="risk-bands" title="How a risk band is decided">
      <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          We start from the work, not the job title. For each role an editor lists the <strong>core tasks</strong> that fill a typical week
          — the ones a practitioner would name, not generic activities — and sorts them into three groups:
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
      <RiskBandTable counts={counts} />
      <div className="mt-4 space-y-4 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          The share is an estimate rounded to a whole percent, not a measurement. It is informed by the research figures we show on each
          page (below), by the task statements of the occupation in O*NET, and by what the named tools demonstrably do in production today —
          not by demos or vendor roadmaps. Where the research and our band disagree, the profile says so and explains why.
        </p>
        <p>
          A band describes the <em>role</em>, not a person. Two people with the same title can spend their weeks very differently; the{" "}
          <Link href="#assessment">personal assessment</Link> on each profile lets you weight the tasks by your own week.
        </p>
      </div>
    </Section>
  );
}
