"use client";

import { useId } from "react";
import { SearchListbox } from "./search-listbox";
import { useSearchSuggestions } from "./use-search-suggestions";

export type SearchBoxProps = {
  /** Accessible name of the search field (shown as a visible label when `variant` is "hero"). */
  label: string;
  variant: "header" | "hero";
  defaultValue?: string;
};

/**
 * A GET form to /search that works without JavaScript; with it, results appear under the field while
 * typing (the ARIA combobox pattern: arrow keys move through results, Enter opens one, Escape closes).
 */
export function SearchBox({ label, variant, defaultValue = "" }: SearchBoxProps) {
  const id = useId();
  const { query, trimmed, hits, shown, active, setActive, go, inputHandlers, status } = useSearchSuggestions(defaultValue);
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const hero = variant === "hero";

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={`relative ${hero ? "w-full max-w-2xl" : "w-full sm:w-72"}`}
      aria-label={hero ? "Find your role" : "Site search"}
    >
      <label htmlFor={`${id}-input`} className={hero ? "mb-2 block text-base font-semibold text-slate-900 dark:text-white" : "sr-only"}>
        {label}
      </label>
      <div className="flex gap-2">
        {/* Note: type="text", not "search": the ARIA 1.2 combobox pattern puts role="combobox" and
            aria-expanded on the field, which HTML allows on a text input only (the W3C checker refuses them
            on type="search"). enterKeyHint still gives phones a search key. */}
        <input
          id={`${id}-input`}
          type="text"
          enterKeyHint="search"
          name="q"
          value={query}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder={hero ? "e.g. cashier, truck driver, bookkeeper" : "Search jobs"}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          {...inputHandlers}
          className={`min-w-0 flex-1 rounded-lg border border-slate-300 bg-white text-slate-900 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-white ${
            hero ? "px-4 py-3 text-lg" : "px-3 py-1.5 text-sm"
          }`}
        />
        <button
          type="submit"
          className={`rounded-lg bg-brand-600 font-semibold text-white hover:bg-brand-700 ${hero ? "px-5 py-3 text-lg" : "px-3 py-1.5 text-sm"}`}
        >
          Search
        </button>
      </div>
      <SearchListbox
        id={listId}
        optionId={optionId}
        hits={hits}
        query={trimmed}
        shown={shown}
        active={active}
        onSelect={go}
        onActivate={setActive}
      />
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
