import { STRUCTURE_MODES } from '@lantoa/contracts/reporting';
import { todayIso } from '../../lib/format.ts';
import { pickParam, useSearchParamsState } from '../../lib/use-search-params-state.ts';
import type { DashboardParams } from './api/keys.ts';
import { dashboardYears, PROGRAMME_LAST_YEAR } from './indicator-format.ts';

export type StructureMode = (typeof STRUCTURE_MODES)[number];

/** The year, unit and structure a dashboard page shows, kept in the address. */
export function useDashboardParams() {
  const [params, update] = useSearchParamsState();
  const years = dashboardYears(todayIso());
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : PROGRAMME_LAST_YEAR;
  const unitId = params.get('unitId') ?? undefined;
  const structure = pickParam(params.get('structure'), STRUCTURE_MODES, 'as-of');
  const query: DashboardParams = { year, unitId, structure };
  return { query, years, params, update };
}

/** The address of a dashboard page with the same year, unit and structure. */
export function dashboardPath(path: string, p: DashboardParams): string {
  const q = new URLSearchParams({ year: String(p.year) });
  if (p.unitId) q.set('unitId', p.unitId);
  if (p.structure !== 'as-of') q.set('structure', p.structure);
  return `${path}?${q.toString()}`;
}
