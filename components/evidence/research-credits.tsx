import Link from "@/components/ui/link";
import { DATASETS } from "@/lib/research/sources";

/** The credit lines the datasets' licences ask for, shown wherever their figures are. */
export function ResearchCredits() {
  return (
    <div className="mt-6 text-xs leading-5 text-slate-600 dark:text-slate-400 [&_a]:underline" data-testid="research-credits">
      <p className="font-semibold text-slate-700 dark:text-slate-300">Data sources and licences</p>
      <ul className="mt-1 space-y-1">
        {Object.values(DATASETS).map((d) => (
          <li key={d.id}>
            {d.credit}{" "}
            <a href={d.url} rel="noopener">
              Source
            </a>{" "}
            ·{" "}
            <a href={d.licenceUrl} rel="noopener">
              Licence
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-1">
        How we join and rank these figures, and their limits: <Link href="/methodology#research-data">methodology</Link>. Download every
        profile&apos;s figures: <a href="/data/roles.json">JSON</a> · <a href="/data/roles.csv">CSV</a>.
      </p>
    </div>
  );
}
