import type { EstimateView } from '@lantoa/contracts/plans';

export type EstimateLine = EstimateView['lines'][number];
export type Figures = { proposed: number; appraised: number | null; approved: number | null };
export type FigureRow<K> = Figures & { key: K; label: string; lines: number };

/** A step's sum is known only when every line has that step's figure; otherwise it is null ("not yet"). */
function add(sum: number | null, value: number | null): number | null {
  return sum === null || value === null ? null : sum + value;
}

/**
 * Sums of the lines per unit, task area or source with the three steps' figures side by side, in
 * the order the groups first appear (the lines come sorted by unit). Pure.
 */
export function rollUpLines<K extends string | number>(
  lines: readonly EstimateLine[],
  keyOf: (l: EstimateLine) => K,
  labelOf: (l: EstimateLine) => string,
): FigureRow<K>[] {
  const rows = new Map<K, FigureRow<K>>();
  for (const l of lines) {
    const key = keyOf(l);
    const row = rows.get(key) ?? { key, label: labelOf(l), lines: 0, proposed: 0, appraised: 0, approved: 0 };
    row.lines += 1;
    row.proposed += l.proposedAmount;
    row.appraised = add(row.appraised, l.appraisedAmount);
    row.approved = add(row.approved, l.approvedAmount);
    rows.set(key, row);
  }
  return [...rows.values()];
}

export function totalFigures(lines: readonly EstimateLine[]): Figures {
  return lines.reduce<Figures>(
    (s, l) => ({
      proposed: s.proposed + l.proposedAmount,
      appraised: add(s.appraised, l.appraisedAmount),
      approved: add(s.approved, l.approvedAmount),
    }),
    { proposed: 0, appraised: lines.length ? 0 : null, approved: lines.length ? 0 : null },
  );
}

/** Lines still waiting for Sở Tài chính's figure. */
export function countUnappraised(lines: readonly EstimateLine[]): number {
  return lines.filter((l) => l.appraisedAmount === null).length;
}
