import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { SearchHit, SearchOutcome } from "@/lib/discovery/search";

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

/**
 * The option an arrow key makes active. Positions 0…count-1 are options; position `count` is the field
 * itself (no active option, -1), so the keys cycle through the options and back to the field.
 */
function stepActive(active: number, step: 1 | -1, optionCount: number): number {
  const pos = ((active === -1 ? optionCount : active) + step + optionCount + 1) % (optionCount + 1);
  return pos === optionCount ? -1 : pos;
}

/** What the live region announces about the suggestions on show (nothing while they are hidden). */
function statusMessage(shown: boolean, hits: SearchHit[], match: SearchOutcome["match"] | undefined): string {
  if (!shown) return "";
  if (hits.length === 0) return "Nothing matches. Press Enter to see suggestions.";
  return `${hits.length} result${hits.length === 1 ? "" : "s"} found${match === "some" ? " matching some of your words" : ""}.`;
}

/**
 * The search box's state and keyboard handling (the ARIA combobox pattern): the query, the suggestions
 * for it, whether they are on show and which one is active. `go(i)` opens suggestion `i`; the index
 * after the last hit runs the full search page.
 */
export function useSearchSuggestions(defaultValue: string) {
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
      setActive((i) => stepActive(i, step, optionCount));
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

  const inputHandlers = {
    onFocus: () => {
      loadEngine().catch(() => undefined);
      setOpen(true);
    },
    onBlur: () => setOpen(false),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      setQuery(event.target.value);
      setOpen(true);
      run(event.target.value);
    },
    onKeyDown,
  };

  return { query, trimmed, hits, shown, active, setActive, go, inputHandlers, status: statusMessage(shown, hits, outcome?.result.match) };
}
