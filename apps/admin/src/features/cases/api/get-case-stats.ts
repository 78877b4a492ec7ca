import { useQuery } from '@tanstack/react-query';
import type { CaseStats } from '@lantoa/contracts/cases';
import { apiFetch } from '../../../lib/api-client.ts';
import { caseKeys } from './keys.ts';

export function getCaseStats(year: number, signal?: AbortSignal): Promise<CaseStats> {
  return apiFetch<CaseStats>('/cases/stats', { query: { year }, signal });
}

export function useCaseStats(year: number) {
  return useQuery({ queryKey: caseKeys.stats(year), queryFn: ({ signal }) => getCaseStats(year, signal) });
}
