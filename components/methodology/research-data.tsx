import Link from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import type { ResearchStats } from "@/lib/research";
import { CSV_COLUMNS } from "@/lib/seo/open-data";
import { DATASETS, NOT_A_FORECAST, type Dataset } from "@/lib/research/sources";

export type ResearchDataMethodologyProps = { stats: ResearchStats };

function DatasetFacts({ dataset }: { dataset: Dataset }) {
  return (
    <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-slate-600 dark:text-slate-400">Citation</dt>
      <dd>
        <a href={dataset.url} rel="noopener">
          {dataset.citation}
        </a>
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Data</dt>
      <dd>
        <a href={dataset.dataUrl} rel="noopener">
          {dataset.dataUrl.replace(/^https:\/\//, "")}
        </a>
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Licence</dt>
      <dd>
        <a href={dataset.licenceUrl} rel="noopener">
          {dataset.licence}
        </a>{" "}
        — {dataset.credit}
      </dd>
    </dl>
  );
}

const h3 = "mt-8 text-lg font-bold text-slate-900 dark:text-white";

/** The GPT-4- and human-rated exposure labels (β) of Eloundou et al. */
function EloundouExposure({ stats }: ResearchDataMethodologyProps) {
  return (
    <>
      <h3 id="data-eloundou" className={h3}>
        GPT-4-rated and human-rated exposure (Eloundou et al.)
      </h3>
      <div className="mt-2 space-y-3 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          <strong>What it measures.</strong> Human annotators and GPT-4 rated each O*NET task statement of {stats.occupations} occupations (
          {stats.tasks.toLocaleString("en-US")} tasks) on one rubric: <em>no exposure</em> (an LLM would not cut the time the task takes by
          half at the same quality), <em>direct exposure</em> (an LLM alone, such as ChatGPT, could) or <em>exposure with tools</em>{" "}
          (software built on an LLM could). The raters also rated each occupation&apos;s O*NET detailed work activities, and an
          occupation&apos;s <strong>β</strong> is the share of all that rated work directly exposed plus half the share exposed with tools.
          We show β from both sets of raters, and beneath it the count of task labels, which is close to β but can differ a little because
          it leaves the work activities out.
        </p>
        <p>
          <strong>How we join it.</strong> Directly by O*NET-SOC code, the code profiles cite. The task list on each page is the same
          file&apos;s task statements with both labels.
        </p>
        <p>
          <strong>Limits.</strong> It measures what the models of early 2023 could speed up in principle, not what employers have adopted,
          and not time saved: every rated task and activity counts the same, whether it takes an hour a year or all day. The ratings are
          judgements, by people and by a model, of O*NET&apos;s generic task lists, which can lag behind the real job.
        </p>
      </div>
      <DatasetFacts dataset={DATASETS.eloundou} />
    </>
  );
}

/** The AI applicability score of Tomlinson et al., from Copilot conversations. */
function TomlinsonApplicability({ stats }: ResearchDataMethodologyProps) {
  return (
    <>
      <h3 id="data-tomlinson" className={h3}>
        AI applicability score (Tomlinson et al.)
      </h3>
      <div className="mt-2 space-y-3 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          <strong>What it measures.</strong> From 200,000 anonymised conversations with Microsoft Bing Copilot in the US (January–September
          2024), a model classified which O*NET work activities people sought help with and which the AI performed, whether it completed
          them and how broad the help was. An occupation&apos;s score (0–1) combines how much of its work those activities cover with that
          success and scope, averaging the user side and the AI side. {stats.applicabilityCodes} SOC occupations are scored.
        </p>
        <p>
          <strong>How we join it.</strong> The data is keyed by SOC code: we drop the two-digit suffix of the O*NET-SOC code (15-1252.00 →
          15-1252), so several O*NET occupations can share one score. Where the SOC code is published only inside a combined code (the BLS
          crosswalk the authors used), we use the combined code and say so under the figure. {stats.withApplicability} of{" "}
          {stats.occupations} occupations have a score.
        </p>
        <p>
          <strong>Limits.</strong> It reflects one consumer chatbot in one country over nine months, not specialised tools (programmers
          often use AI inside their editors), and its classifiers are themselves language models. The authors state that it does not measure
          whether AI can replace a job.
        </p>
      </div>
      <DatasetFacts dataset={DATASETS.tomlinson} />
    </>
  );
}

/** BLS employment and median wages, May 2021. */
function BlsWages({ stats }: ResearchDataMethodologyProps) {
  return (
    <>
      <h3 id="data-bls" className={h3}>
        Employment and pay (US Bureau of Labor Statistics)
      </h3>
      <div className="mt-2 space-y-3 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          <strong>What it measures.</strong> National employment and median annual wage per occupation across all industries, from the
          Occupational Employment and Wage Statistics survey of May 2021 — the release published with the exposure data, so the figures
          describe the same occupations at the same time. They are not current figures.
        </p>
        <p>
          <strong>How we join it.</strong> By SOC code, as above. BLS publishes {stats.combinedWages} of the occupations only inside a
          combined group (for example the two kinds of property appraisers as one); those pages show the group&apos;s figures and name it.{" "}
          {stats.withWages} of {stats.occupations} occupations have figures.
        </p>
        <p>
          <strong>Limits.</strong> The survey covers wage and salary jobs, not the self-employed. Where BLS writes <code>#</code> the wage
          is at or above $208,000 a year and we say &ldquo;$208,000 or more&rdquo;; where it writes <code>*</code> or <code>**</code> there
          is no estimate and we say so — a missing figure is never shown as zero.
        </p>
      </div>
      <DatasetFacts dataset={DATASETS.bls} />
    </>
  );
}

/** O*NET's task statements. */
function OnetTasks() {
  return (
    <>
      <h3 id="data-onet" className={h3}>
        Task statements (O*NET)
      </h3>
      <div className="mt-2 space-y-3 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          The task statements are O*NET&apos;s, as published with the exposure labels above. O*NET marks each task <em>core</em> (relevant
          to most incumbents and rated important) or <em>supplemental</em>; we list core tasks first, and some occupations&apos; tasks carry
          neither mark. O*NET has revised some task lists since; each page links to the current summary on O*NET OnLine.
        </p>
      </div>
      <DatasetFacts dataset={DATASETS.onet} />
    </>
  );
}

/** How a figure is ranked among occupations and set against our band. */
function RankingMethod({ stats }: ResearchDataMethodologyProps) {
  return (
    <>
      <h3 id="data-ranking" className={h3}>
        How we rank the figures and compare them with our band
      </h3>
      <div className="mt-2 space-y-3 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          <strong>Percentiles.</strong> Each figure is ranked among every occupation its dataset scores: β among all {stats.occupations}{" "}
          O*NET-SOC occupations, the applicability score among all {stats.applicabilityCodes} SOC occupations. The percentile is the share
          of occupations with a lower value, counting ties as half, reported between 1 and 99. The bar under each figure shows it, with the
          median marked.
        </p>
        <p>
          <strong>Band and research.</strong> Our band estimates the share of working time AI can do end to end today; exposure counts every
          task AI could speed up. They are on different scales, so we compare positions: the band&apos;s step (1 for low to 4 for very high)
          against the quarter of all occupations the research places the role in, from the mean percentile of all its figures. When the two
          are two or more steps apart, the profile says they disagree and why they can.
        </p>
      </div>
    </>
  );
}

/** The downloadable JSON and CSV of every profile's band and figures. */
function OpenDataDownloads() {
  return (
    <>
      <h3 id="open-data" className={h3}>
        Open data
      </h3>
      <div className="mt-2 space-y-3 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          Every published profile&apos;s band, automatable share, codes and research figures can be downloaded as{" "}
          <a href="/data/roles.json">JSON</a> or <a href="/data/roles.csv">CSV</a>, with the credits above. The CSV has one row per profile
          and code, starts with comment lines beginning with <code>#</code> (read it with{" "}
          <code>pandas.read_csv(url, comment=&quot;#&quot;)</code> or R&apos;s <code>read.csv(url, comment.char = &quot;#&quot;)</code>),
          and has these columns:
        </p>
        <p className="text-sm break-words">
          <code>{CSV_COLUMNS.join(", ")}</code>
        </p>
        <p>
          Reuse the research figures under their licences, crediting them as shown; cite Role Compass and link to the profile for the band
          and share.
        </p>
      </div>
    </>
  );
}

/** The methodology page's account of the research data: one part per dataset, then how we rank and compare. */
export function ResearchDataMethodology({ stats }: ResearchDataMethodologyProps) {
  return (
    <Section id="research-data" title="The research data on every page" className="[&_a]:underline">
      <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
        <p>
          Each profile names the US occupations it belongs to by their O*NET-SOC codes (the content check refuses a code that is not in the
          data, and any O*NET task a profile cites must belong to one of its codes). The page then shows what published research measured
          for those occupations, next to our band. Every one of the {stats.occupations} occupations in the data also has its own{" "}
          <Link href="/occupations">data profile</Link>, built from the data alone.
        </p>
        <p className="font-semibold">{NOT_A_FORECAST}</p>
      </div>
      <EloundouExposure stats={stats} />
      <TomlinsonApplicability stats={stats} />
      <BlsWages stats={stats} />
      <OnetTasks />
      <RankingMethod stats={stats} />
      <OpenDataDownloads />
    </Section>
  );
}
