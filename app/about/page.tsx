import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import { siteConfig } from "@/lib/seo/site";
import { pageMetadata } from "@/lib/seo/metadata";
import { buildWebPage } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";
import { getAllRoles } from "@/lib/content";
import { computeCoverage } from "@/lib/content/coverage";
import { getResearch } from "@/lib/research";

const TITLE = "About Role Compass and how to propose a correction";
const DESCRIPTION =
  "Who maintains Role Compass, how profiles are written and reviewed, and how to propose a new role or a correction with a pull request.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/about" });

export default function AboutPage() {
  const roles = getAllRoles();
  const coverage = computeCoverage(roles, getResearch());
  const largest = coverage.rows.slice(0, 100);
  const largestCovered = largest.filter((r) => r.profiles.length > 0).length;
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={buildWebPage({ name: TITLE, description: DESCRIPTION, path: "/about" })} />
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">About {siteConfig.name}</h1>
      <div className="mt-4 space-y-4 text-lg leading-8 text-slate-700 dark:text-slate-300">
        <p>
          {siteConfig.name} answers one question for as many jobs as we can cover well: will AI replace this job, and what should the person
          doing it do about it? We publish a profile per role with a risk rating that follows a{" "}
          <Link href="/methodology">published method</Link>, the tasks that are being automated and the ones that stay human, an outlook,
          the skills to learn and a free 12-week action plan.
        </p>
        <p data-testid="coverage">
          Our {roles.length} profiles cover the occupations of {(coverage.share * 100).toFixed(1)}% of US workers —{" "}
          {coverage.coveredEmployment.toLocaleString("en-US")} of {coverage.totalEmployment.toLocaleString("en-US")} jobs, in{" "}
          {coverage.covered.length} of the {coverage.rows.length} occupations the US Bureau of Labor Statistics counts (May 2021), including{" "}
          {largestCovered === largest.length
            ? `all of the ${largest.length} largest`
            : `${largestCovered} of the ${largest.length} largest`}
          . Every other occupation has a <Link href="/occupations">data page</Link> with the research figures while we write its profile.
        </p>
        <p>
          The site is maintained by a small independent editorial and engineering team. We take no money from AI vendors or employers, show
          no ads, and store nothing you type into the assessment.
        </p>
      </div>

      <Section id="corrections" title="Propose a role or a correction">
        <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
          <p>Every profile is a markdown file in our public repository, so anyone can propose a change with a pull request:</p>
          <ol className="list-decimal space-y-2 pl-6">
            <li>
              Find the file: a role at <code>/roles/some-role</code> lives in <code>content/roles/some-role.md</code>.
            </li>
            <li>
              Edit it (or run <code>npm run new-role -- &quot;Your role title&quot;</code> to start a new one from the template).
            </li>
            <li>
              Run <code>npm run check-content</code>: it names the file, line and field of anything that needs fixing.
            </li>
            <li>
              Open a pull request explaining the change and, for a rating change, the evidence. The same check runs in CI and an editor
              reviews it.
            </li>
          </ol>
          <p>
            The repository&apos;s CONTRIBUTING guide explains every field with examples. Not comfortable with pull requests? Open an issue
            in the{" "}
            <a href={siteConfig.repoUrl} rel="noopener">
              repository
            </a>{" "}
            describing the correction and your source.
          </p>
        </div>
      </Section>
    </article>
  );
}
