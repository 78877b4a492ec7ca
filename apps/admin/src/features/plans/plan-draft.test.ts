import { describe, expect, it } from 'vitest';
import { UpdatePlanBodySchema } from '@lantoa/contracts/plans';
import {
  computeSourceTotals,
  contentFromDraft,
  emptyActivity,
  emptyBudgetLine,
  emptyDraft,
  removeActivity,
  type PlanDraft,
} from './plan-draft.ts';

function draft(): PlanDraft {
  const a = { ...emptyActivity(), taskAreaNumber: 5, title: 'Tờ rơi VNeID', outputQuantity: '3.000', outputUnit: 'tờ' };
  const b = { ...emptyActivity(), taskAreaNumber: 6, title: 'Tập huấn' };
  return {
    ...emptyDraft('Kế hoạch 2026'),
    activities: [a, b],
    budgetLines: [
      emptyBudgetLine({
        activityKey: b.key,
        taskAreaNumber: 6,
        description: 'Hội trường',
        amount: 8_500_000,
        source: 'local_budget',
      }),
      emptyBudgetLine({
        activityKey: a.key,
        taskAreaNumber: 5,
        description: 'In tờ rơi',
        amount: 15_000_000,
        source: 'local_budget',
      }),
    ],
  };
}

describe('contentFromDraft', () => {
  it('ties budget lines to their activity by position and reads quantities the Vietnamese way', () => {
    const content = contentFromDraft(draft());
    const parsed = UpdatePlanBodySchema.parse({ ...content, lockVersion: 1 });
    expect(parsed.budgetLines.map((l) => l.activityIndex)).toEqual([1, 0]);
    expect(parsed.activities[0]!.outputQuantity).toBe(3000);
  });

  it('keeps lines of a removed activity, untied, and the others tied to the right activity', () => {
    const d = draft();
    const parsed = UpdatePlanBodySchema.parse({
      ...contentFromDraft(removeActivity(d, d.activities[0]!.key)),
      lockVersion: 1,
    });
    expect(parsed.budgetLines.map((l) => l.activityIndex)).toEqual([0, null]);
  });

  it('leaves empty choices for the schema to call required', () => {
    const d = { ...emptyDraft('X'), budgetLines: [emptyBudgetLine()] };
    const result = UpdatePlanBodySchema.safeParse({ ...contentFromDraft(d), lockVersion: 1 });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['budgetLines.0.taskAreaNumber', 'budgetLines.0.amount', 'budgetLines.0.source']),
    );
  });

  it('sends a quantity that is not a number as typed, so that the schema refuses it', () => {
    const d = {
      ...emptyDraft('X'),
      activities: [{ ...emptyActivity(), taskAreaNumber: 1, title: 'A', outputQuantity: 'nhiều', outputUnit: 'bài' }],
    };
    const result = UpdatePlanBodySchema.safeParse({ ...contentFromDraft(d), lockVersion: 1 });
    expect(result.error?.issues[0]?.message).toBe('Sản phẩm dự kiến phải là số');
  });
});

describe('computeSourceTotals', () => {
  it('sums per source and in all; lines without an amount count as nothing', () => {
    expect(
      computeSourceTotals([
        { amount: 120_000_000, source: 'city_budget' },
        { amount: 10_000_000, source: 'socialised' },
        { amount: 45_000_000, source: 'city_budget' },
        { amount: null, source: 'local_budget' },
        { amount: 1_000, source: '' },
      ]),
    ).toEqual({ bySource: { city_budget: 165_000_000, local_budget: 0, socialised: 10_000_000 }, total: 175_001_000 });
  });
});
