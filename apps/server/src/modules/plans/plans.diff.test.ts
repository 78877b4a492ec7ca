import { describe, expect, it } from 'vitest';
import type { PlanContent } from '@lantoa/contracts/plans';
import { computePlanDiff, planTotal } from './plans.diff.ts';

const base: PlanContent = {
  title: 'Kế hoạch truyền thông CĐS năm 2026',
  summary: null,
  inSocioEconomicPlan: true,
  inYearlyProgramme: false,
  inMidTermProgramme: false,
  inLongTermProgramme: false,
  activities: [
    { taskAreaNumber: 5, title: 'Tờ rơi VNeID', description: null, audiences: ['citizens'], channels: ['community'], periodStart: null, periodEnd: null, responsibleUnitId: null, coordinatingUnitIds: [], outputQuantity: 2000, outputUnit: 'tờ', linkedProgrammes: [] },
  ],
  budgetLines: [{ activityIndex: 0, taskAreaNumber: 5, description: 'In tờ rơi', amount: 12_000_000, source: 'local_budget' }],
};

describe('computePlanDiff', () => {
  it('reports nothing for identical versions', () => {
    expect(computePlanDiff(base, structuredClone(base))).toEqual([]);
  });
  it.each([
    ['a changed title', { ...base, title: 'Mới' }, ['title']],
    ['a changed amount', { ...base, budgetLines: [{ ...base.budgetLines[0]!, amount: 10_000_000 }] }, ['budgetLines[0].amount']],
    ['an added activity', { ...base, activities: [...base.activities, { ...base.activities[0]!, title: 'Hội nghị' }] }, ['activities[1]']],
    ['a removed budget line', { ...base, budgetLines: [] }, ['budgetLines[0]']],
    ['a flag turned off', { ...base, inSocioEconomicPlan: false }, ['inSocioEconomicPlan']],
  ])('finds %s', (_name, after, paths) => {
    expect(computePlanDiff(base, after).map((d) => d.path)).toEqual(paths);
  });
  it('keeps both figures of a changed amount', () => {
    const d = computePlanDiff(base, { ...base, budgetLines: [{ ...base.budgetLines[0]!, amount: 10_000_000 }] });
    expect(d[0]).toMatchObject({ before: 12_000_000, after: 10_000_000 });
  });
  it('sums the budget', () => {
    expect(planTotal({ budgetLines: [...base.budgetLines, { ...base.budgetLines[0]!, amount: 3 }] })).toBe(12_000_003);
  });
});
