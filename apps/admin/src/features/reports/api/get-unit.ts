import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export type ReportingUnit = { id: string; name: string; type: string };

/** A unit's name and type today: which forms it reports on. */
export async function getReportingUnit(id: string, signal?: AbortSignal): Promise<ReportingUnit> {
  const unit = await apiFetch<{ id: string; current: { name: string; type: string } | null }>(
    `/org-units/${encodeURIComponent(id)}`,
    { signal },
  );
  return { id: unit.id, name: unit.current?.name ?? '', type: unit.current?.type ?? '' };
}

export function useReportingUnit(id: string | null) {
  return useQuery({
    queryKey: reportKeys.unit(id ?? ''),
    queryFn: ({ signal }) => getReportingUnit(id!, signal),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });
}
