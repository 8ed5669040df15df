/**
 * Where a value stands among all occupations. Each distribution is sorted once per build; a lookup
 * is two binary searches.
 */
export type Distribution = {
  /** The values, ascending. */
  sorted: readonly number[];
  /** The median, for "typical occupation" comparisons. */
  median: number;
};

export function buildDistribution(values: Iterable<number>): Distribution {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) throw new RangeError("a distribution needs at least one value");
  for (const v of sorted) if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { sorted: Array.from(sorted), median };
}

/** Index of the first element >= value (strict = false) or > value (strict = true). */
function bound(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v < value || (strict && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The percentile rank of `value`: the share of occupations with a lower value, counting ties as
 * half, as a whole number. Reported between 1 and 99 so that no occupation reads as "0th" or
 * "100th" — a rank among a few hundred occupations is never that exact.
 */
export function percentileRank(distribution: Distribution, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const { sorted } = distribution;
  const below = bound(sorted, value, false);
  const equal = bound(sorted, value, true) - below;
  const rank = (100 * (below + equal / 2)) / sorted.length;
  return Math.min(99, Math.max(1, Math.round(rank)));
}

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
