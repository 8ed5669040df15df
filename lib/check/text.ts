/** "1 error", "2 errors": a count and its noun, which takes an "s" unless the count is one. */
export function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${Number(n) === 1 ? "" : "s"}`;
}
