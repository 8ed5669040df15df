"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { RiskBadge } from "@/components/role/risk-badge";
import type { SearchOutcome } from "@/lib/discovery/search";

type Engine = (query: string) => SearchOutcome;

let engine: Promise<Engine> | undefined;

/**
 * Note: the search library and the index are fetched on first focus, not with the page, so pages that
 * show this box (every page) carry only this small component. A failed load is forgotten, so the next
 * focus tries again; meanwhile the form still submits to /search.
 */
function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([import("@/lib/discovery/search"), fetch("/search-index.json")])
    .then(async ([search, response]) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      const index = search.loadSearchIndex(await response.json());
      return (query: string) => search.search(index, query, 6);
    })
    .catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
  return engine;
}

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
  const router = useRouter();
  const [query, setQuery] = useState(defaultValue);
  const [outcome, setOutcome] = useState<{ query: string; result: SearchOutcome } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(query);

  const trimmed = query.trim();
  const hits = outcome && outcome.query === trimmed ? outcome.result.hits : [];
  const shown = open && trimmed !== "" && outcome !== null && outcome.query === trimmed;
  // The last option runs the full search page.
  const optionCount = shown ? hits.length + 1 : 0;

  function run(value: string) {
    latest.current = value.trim();
    if (latest.current === "") {
      setOutcome(null);
      return;
    }
    loadEngine()
      .then((search) => {
        const q = latest.current;
        if (q === "") return;
        setOutcome({ query: q, result: search(q) });
        setActive(-1);
      })
      .catch(() => setOutcome(null));
  }

  function go(index: number) {
    const hit = hits[index];
    setOpen(false);
    router.push(hit ? hit.href : `/search?q=${encodeURIComponent(trimmed)}`);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (optionCount === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Positions 0…count-1 are options; position `count` is the field itself (no active option).
      setActive((i) => {
        const pos = ((i === -1 ? optionCount : i) + step + optionCount + 1) % (optionCount + 1);
        return pos === optionCount ? -1 : pos;
      });
    } else if (event.key === "Enter" && shown && active >= 0 && active < optionCount) {
      event.preventDefault();
      go(active);
    } else if (event.key === "Escape") {
      if (shown) {
        event.preventDefault();
        setOpen(false);
      }
    }
  }

  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const hero = variant === "hero";
  const status = !shown
    ? ""
    : hits.length === 0
      ? "Nothing matches. Press Enter to see suggestions."
      : `${hits.length} result${hits.length === 1 ? "" : "s"} found${outcome?.result.match === "some" ? " matching some of your words" : ""}.`;

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
          onFocus={() => {
            loadEngine().catch(() => undefined);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            run(event.target.value);
          }}
          onKeyDown={onKeyDown}
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
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching jobs"
        hidden={!shown}
        // Keeps focus in the field while a result is clicked, so blur does not close the list first.
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-auto rounded-xl border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {shown && (
          <>
            {hits.map((hit, i) => (
              <li
                key={`${hit.kind}:${hit.key}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                onClick={() => go(i)}
                onMouseEnter={() => setActive(i)}
                className={`flex cursor-pointer flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg px-3 py-2 text-sm ${
                  i === active ? "bg-brand-50 dark:bg-slate-800" : ""
                }`}
              >
                <span>
                  <span className="font-medium text-slate-900 dark:text-white">{hit.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {hit.kind === "role" ? hit.category : `Occupation data · ${hit.code}`}
                  </span>
                </span>
                {hit.risk && <RiskBadge level={hit.risk} />}
              </li>
            ))}
            {hits.length === 0 && (
              <li role="presentation" className="px-3 py-2 text-sm text-slate-700 dark:text-slate-300">
                Nothing matches “{trimmed}”.
              </li>
            )}
            <li
              id={optionId(hits.length)}
              role="option"
              aria-selected={active === hits.length}
              onClick={() => go(hits.length)}
              onMouseEnter={() => setActive(hits.length)}
              className={`cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-brand-700 dark:text-sky-300 ${
                active === hits.length ? "bg-brand-50 dark:bg-slate-800" : ""
              }`}
            >
              {hits.length === 0 ? "Search for close matches" : `See all results for “${trimmed}”`}
            </li>
          </>
        )}
      </ul>
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
