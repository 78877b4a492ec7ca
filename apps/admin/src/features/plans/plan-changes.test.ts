import { describe, expect, it } from 'vitest';
import { describeChange, type ChangeContext } from './plan-changes.ts';

const t: ChangeContext['t'] = (key, params) =>
  params
    ? `${key}(${Object.entries(params)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')})`
    : key;
const ctx: ChangeContext = {
  t,
  taskArea: (n) => (n === 5 ? '5. Tài liệu, video' : String(n)),
  unitName: (id) => (id === 'u1' ? 'Phường Hải Châu' : undefined),
};

describe('describeChange', () => {
  it.each([
    [
      { path: 'title', label: 'Tên kế hoạch', before: 'A', after: 'B' },
      { label: 'plans.field.title', before: 'A', after: 'B' },
    ],
    [
      { path: 'inSocioEconomicPlan', label: '', before: false, after: true },
      { label: 'plans.field.inSocioEconomicPlan', before: 'plans.compare.no', after: 'plans.compare.yes' },
    ],
    [
      { path: 'budgetLines[0].amount', label: '', before: 15_000_000, after: 12_500_000 },
      { label: 'plans.line.numbered(n=1): plans.line.amount', before: '15.000.000 đ', after: '12.500.000 đ' },
    ],
    [
      { path: 'activities[1].audiences', label: '', before: [], after: ['citizens', 'elderly'] },
      {
        label: 'plans.activity.numbered(n=2): plans.activity.audiences',
        before: '—',
        after: 'plans.audience.citizens, plans.audience.elderly',
      },
    ],
    [
      { path: 'activities[0].periodEnd', label: '', before: '2026-06-30', after: null },
      { label: 'plans.activity.numbered(n=1): plans.activity.periodEnd', before: '30/06/2026', after: '—' },
    ],
    [
      { path: 'activities[0].taskAreaNumber', label: '', before: 4, after: 5 },
      {
        label: 'plans.activity.numbered(n=1): plans.activity.taskAreaNumber',
        before: '4',
        after: '5. Tài liệu, video',
      },
    ],
    [
      { path: 'activities[0].responsibleUnitId', label: '', before: null, after: 'u1' },
      {
        label: 'plans.activity.numbered(n=1): plans.activity.responsibleUnitId',
        before: '—',
        after: 'Phường Hải Châu',
      },
    ],
    [
      { path: 'budgetLines[1].activityIndex', label: '', before: 0, after: null },
      {
        label: 'plans.line.numbered(n=2): plans.line.activityIndex',
        before: 'plans.activity.numbered(n=1)',
        after: '—',
      },
    ],
    [
      {
        path: 'budgetLines[1]',
        label: 'Dòng kinh phí 2 (thêm mới)',
        before: null,
        after: {
          activityIndex: null,
          taskAreaNumber: 6,
          description: 'Hội nghị tập huấn',
          amount: 8_500_000,
          source: 'local_budget',
        },
      },
      {
        label: 'plans.line.numbered(n=2) plans.compare.added',
        before: '—',
        after: 'Hội nghị tập huấn: 8.500.000 đ — plans.source.local_budget',
      },
    ],
    [
      { path: 'activities[2]', label: '', before: { title: 'Tờ rơi', taskAreaNumber: 5 }, after: null },
      {
        label: 'plans.activity.numbered(n=3) plans.compare.removed',
        before: 'Tờ rơi (5. Tài liệu, video)',
        after: '—',
      },
    ],
    [
      { path: 'somethingNew', label: 'Nhãn của máy chủ', before: { a: 1 }, after: 'x' },
      { label: 'Nhãn của máy chủ', before: '{"a":1}', after: 'x' },
    ],
  ])('shows %j', (change, shown) => {
    expect(describeChange(change, ctx)).toEqual({ path: change.path, ...shown });
  });
});
