import type { ReportForm } from '@lantoa/contracts/reporting';
import { periodOfRange } from '../../lib/periods.ts';
import type { FactRow } from './api/get-facts.ts';

export type FactDescription = {
  kind: 'report' | 'plan' | 'other';
  /** The data element's code and name, for a reported figure. */
  code: string | null;
  elementName: string | null;
  unitLabel: string | null;
  /** The period's name ("2025Q3") when the fact's dates are one whole period. */
  period: string | null;
  /** Where in this app the fact comes from, when the user may open it. */
  link: string | null;
};

/**
 * What a fact is and where it came from. The server gives a report fact the link of its entry
 * page (form, unit, period); for facts without one the link is worked out from the fact itself
 * (its data element belongs to one form, its dates are one period).
 */
export function describeFact(
  f: FactRow,
  forms: readonly ReportForm[] | undefined,
  may: { reports: boolean; plans: boolean },
): FactDescription {
  const [start = '', end = ''] = f.period.split('…');
  const linkedPeriod = f.link ? new URLSearchParams(f.link.split('?')[1] ?? '').get('period') : null;
  const period = linkedPeriod ?? (end ? periodOfRange(start, end) : /^\d{4}$/.test(f.period) ? f.period : null);
  const code = f.key.startsWith('de:') ? f.key.slice(3) : null;
  const form = code ? forms?.find((x) => x.elements.some((e) => e.code === code)) : undefined;
  const element = form?.elements.find((e) => e.code === code);
  const base = { code, elementName: element?.name ?? (f.label !== code ? f.label : null), unitLabel: element?.unitLabel ?? null, period };
  if (f.sourceType === 'report') {
    const link = !may.reports
      ? null
      : f.link
        ? f.link.replace(/^\/admin(?=\/)/, '')
        : form && period
          ? `/reports/entry?${new URLSearchParams({ formId: form.id, unitId: f.unitId, period }).toString()}`
          : null;
    return { kind: 'report', ...base, link };
  }
  if (f.sourceType === 'plan') {
    const link = may.plans && f.link ? f.link.replace(/^\/admin(?=\/)/, '') : null;
    return { kind: 'plan', ...base, link };
  }
  return { kind: 'other', ...base, link: f.link ? f.link.replace(/^\/admin(?=\/)/, '') : null };
}
