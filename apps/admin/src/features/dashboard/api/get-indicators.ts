import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Formula } from '../formula.ts';
import { dashboardKeys } from './keys.ts';

export type IndicatorDefinition = {
  id: string;
  code: string;
  targetNumber: number | null;
  validFromYear: number;
  validToYear: number | null;
  name: string;
  description: string;
  formula: Formula;
  unitLabel: string;
  version: number;
};

export type Provider = { name: string; label: string };
export type IndicatorDefinitions = { items: IndicatorDefinition[]; providers: Provider[] };

export function getIndicators(signal?: AbortSignal): Promise<IndicatorDefinitions> {
  return apiFetch<IndicatorDefinitions>('/indicators', { signal });
}

/** Every indicator definition, one per code and span of years, and the sources formulas are built from. */
export function useIndicators() {
  return useQuery({ queryKey: dashboardKeys.indicators, queryFn: ({ signal }) => getIndicators(signal) });
}
