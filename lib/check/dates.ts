/**
 * True for a string written YYYY-MM-DD naming a day that exists (no 30 February). `Date` rolls an
 * impossible day over into the next month rather than rejecting it, so the day is written back and
 * compared. The format is tested first because `Date` also reads expanded years: "+010000-01" would
 * otherwise survive the round trip.
 */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
