import { describe, expect, it } from 'vitest';
import { countUnappraised, rollUpLines, totalFigures, type EstimateLine } from './estimate-figures.ts';

function line(over: Partial<EstimateLine>): EstimateLine {
  return {
    id: crypto.randomUUID(),
    unitId: 'u1',
    unitName: 'Sở Y tế',
    planId: 'p1',
    planVersionNo: 1,
    taskAreaNumber: 5,
    source: 'city_budget',
    description: 'Video',
    proposedAmount: 0,
    appraisedAmount: null,
    appraisalReason: null,
    approvedAmount: null,
    ...over,
  };
}

describe('rollUpLines', () => {
  it('sums every step per group, in the order the groups appear', () => {
    const rows = rollUpLines(
      [
        line({
          taskAreaNumber: 6,
          proposedAmount: 45_000_000,
          appraisedAmount: 45_000_000,
          approvedAmount: 45_000_000,
        }),
        line({
          taskAreaNumber: 5,
          proposedAmount: 120_000_000,
          appraisedAmount: 100_000_000,
          approvedAmount: 100_000_000,
        }),
        line({ taskAreaNumber: 6, proposedAmount: 5_000_000, appraisedAmount: 4_000_000, approvedAmount: 4_000_000 }),
      ],
      (l) => l.taskAreaNumber,
      (l) => String(l.taskAreaNumber),
    );
    expect(rows).toEqual([
      { key: 6, label: '6', lines: 2, proposed: 50_000_000, appraised: 49_000_000, approved: 49_000_000 },
      { key: 5, label: '5', lines: 1, proposed: 120_000_000, appraised: 100_000_000, approved: 100_000_000 },
    ]);
  });

  it('leaves a step unknown while one of its lines has no figure', () => {
    const [row] = rollUpLines(
      [line({ proposedAmount: 10, appraisedAmount: 8 }), line({ proposedAmount: 5 })],
      (l) => l.unitId,
      (l) => l.unitName,
    );
    expect(row).toMatchObject({ proposed: 15, appraised: null, approved: null });
  });
});

describe('totalFigures', () => {
  it.each([
    [[], { proposed: 0, appraised: null, approved: null }],
    [[line({ proposedAmount: 7, appraisedAmount: 6 })], { proposed: 7, appraised: 6, approved: null }],
    [
      [
        line({ proposedAmount: 7, appraisedAmount: 6, approvedAmount: 6 }),
        line({ proposedAmount: 3, appraisedAmount: 3, approvedAmount: 3 }),
      ],
      { proposed: 10, appraised: 9, approved: 9 },
    ],
  ])('totals %#', (lines, totals) => {
    expect(totalFigures(lines)).toEqual(totals);
  });
});

describe('countUnappraised', () => {
  it('counts the lines without an appraised figure', () => {
    expect(countUnappraised([line({ appraisedAmount: 0 }), line({}), line({})])).toBe(2);
  });
});
