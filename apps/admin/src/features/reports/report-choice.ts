import type { ReportForm } from '@lantoa/contracts/reporting';
import { periodChoices, periodContaining } from '../../lib/periods.ts';

/** Reports are entered from 2023, the first full year of the programme, to the current year. */
export const FIRST_REPORT_YEAR = 2023;

export function reportYears(today: string): { from: number; to: number } {
  return { from: FIRST_REPORT_YEAR, to: Math.max(2026, Number(today.slice(0, 4))) };
}

/** Whether a unit of this type reports on the form (an unknown type is given the benefit of the doubt). */
export function formAppliesTo(form: Pick<ReportForm, 'unitTypes'>, unitType: string | null | undefined): boolean {
  return !unitType || form.unitTypes.includes(unitType);
}

const PERIOD_LENGTH = { month: 1, quarter: 3, half: 6, year: 12 } as const;

/**
 * The form to open first: the most frequent one the unit reports on (a ward's quarterly report
 * before its yearly one), or the first form when the unit reports on none.
 */
export function defaultForm(forms: readonly ReportForm[], unitType: string | null | undefined): ReportForm | undefined {
  const applicable = forms.filter((f) => formAppliesTo(f, unitType));
  const pool = applicable.length ? applicable : forms;
  return [...pool].sort((a, b) => PERIOD_LENGTH[a.periodType] - PERIOD_LENGTH[b.periodType])[0];
}

/** The periods a select offers for a form, newest first, and the one running today. */
export function periodOptionsFor(
  form: Pick<ReportForm, 'periodType'>,
  today: string,
): { ids: string[]; current: string } {
  const { from, to } = reportYears(today);
  return { ids: periodChoices(form.periodType, from, to), current: periodContaining(form.periodType, today) };
}

/** The address of one unit's report for one period. */
export function entryPath(formId: string, unitId: string, period: string): string {
  return `/reports/entry?${new URLSearchParams({ formId, unitId, period }).toString()}`;
}

export function completenessPath(formId: string, period: string, unitId?: string | null): string {
  const q = new URLSearchParams({ formId, period });
  if (unitId) q.set('unitId', unitId);
  return `/reports/completeness?${q.toString()}`;
}
