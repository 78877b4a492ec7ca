/** Furthest behind first: nothing entered, returned, being entered, submitted, approved, accepted. */
const PROGRESS: Record<string, number> = { none: 0, returned: 1, draft: 2, submitted: 3, approved: 4, accepted: 5 };

export function compareProgress(a: string, b: string): number {
  return (PROGRESS[a] ?? 0) - (PROGRESS[b] ?? 0);
}

/** A whole percentage of a total, 0 for an empty total, never above 100. */
export function percentOf(n: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((n / total) * 100));
}

/** YYYY-MM-DD plus a number of days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
