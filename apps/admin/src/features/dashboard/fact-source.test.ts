import { describe, expect, it } from 'vitest';
import type { ReportForm } from '@lantoa/contracts/reporting';
import type { FactRow } from './api/get-facts.ts';
import { describeFact } from './fact-source.ts';

const quarterly = {
  id: 'form-q',
  elements: [{ code: 'CDT_TEAMS_TOTAL', name: 'Số tổ công nghệ số cộng đồng trên địa bàn', unitLabel: 'tổ' }],
} as unknown as ReportForm;

const fact = (over: Partial<FactRow>): FactRow => ({
  unitId: 'u1',
  unitName: 'Phường Hải Châu',
  key: 'de:CDT_TEAMS_TOTAL',
  label: 'Số tổ công nghệ số cộng đồng trên địa bàn',
  period: 'Quý 3/2025',
  value: 40,
  sourceType: 'report',
  sourceId: 'r1',
  link: '/admin/reports/entry?formId=form-q&unitId=u1&period=2025Q3',
  ...over,
});

describe('describeFact', () => {
  it('names the data element and links a report fact to its entry page', () => {
    expect(describeFact(fact({}), [quarterly], { reports: true, plans: true })).toEqual({
      kind: 'report',
      code: 'CDT_TEAMS_TOTAL',
      elementName: 'Số tổ công nghệ số cộng đồng trên địa bàn',
      unitLabel: 'tổ',
      period: '2025Q3',
      link: '/reports/entry?formId=form-q&unitId=u1&period=2025Q3',
    });
  });

  it('works the entry page out from the fact’s dates when the server gives no link', () => {
    const d = describeFact(fact({ period: '2025-07-01…2025-09-30', link: null }), [quarterly], { reports: true, plans: true });
    expect(d).toMatchObject({ period: '2025Q3', link: '/reports/entry?formId=form-q&unitId=u1&period=2025Q3' });
  });

  it('gives no link to someone who may not read reports', () => {
    expect(describeFact(fact({}), undefined, { reports: false, plans: true }).link).toBeNull();
  });

  it('opens a plan inside the app', () => {
    const d = describeFact(
      fact({
        key: 'T2',
        label: 'Đạt',
        period: '2025',
        value: 1,
        sourceType: 'plan',
        sourceId: 'p1',
        link: '/admin/plans/p1',
      }),
      [quarterly],
      { reports: true, plans: true },
    );
    expect(d).toMatchObject({ kind: 'plan', code: null, period: '2025', link: '/plans/p1' });
  });
});
