import type { Role } from "@/lib/content";
import type { CategoryGroup } from "@/lib/discovery/listing";
import { MAX_COMPARED } from "@/lib/discovery/compare";

export type ComparePickerProps = {
  groups: CategoryGroup[];
  /** Slugs to preselect, in order. */
  selected: string[];
  heading: string;
};

const LABELS = ["First role", "Second role", "Third role (optional)"] as const;

/**
 * A plain GET form (no JavaScript): each list sends `roles=<slug>`; the proxy turns
 * `roles=a&roles=b&roles=` into the canonical `/compare?roles=a,b`.
 */
export function ComparePicker({ groups, selected, heading }: ComparePickerProps) {
  return (
    <form
      action="/compare"
      method="get"
      aria-labelledby="picker-heading"
      className="rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="picker-heading" className="text-xl font-bold text-slate-900 dark:text-white">
        {heading}
      </h2>
      <div className="mt-4 grid gap-4 md:grid-cols-3">
        {LABELS.slice(0, MAX_COMPARED).map((label, i) => (
          <p key={label}>
            <label htmlFor={`compare-${i}`} className="block text-sm font-semibold text-slate-900 dark:text-white">
              {label}
            </label>
            <select
              id={`compare-${i}`}
              name="roles"
              required={i < 2}
              defaultValue={selected[i] ?? ""}
              className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-white"
            >
              <option value="">{i < 2 ? "Choose a role…" : "None"}</option>
              {groups.map(({ category, roles }) => (
                <optgroup key={category.slug} label={category.title}>
                  {roles.map((role: Role) => (
                    <option key={role.slug} value={role.slug}>
                      {role.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </p>
        ))}
      </div>
      <button type="submit" className="mt-4 rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        Compare
      </button>
    </form>
  );
}
