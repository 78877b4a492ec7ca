import { useQuery } from '@tanstack/react-query';
import type { ProgrammeDetail, ProgrammeList } from '@lantoa/contracts/programme';
import { apiFetch } from '../../../lib/api-client.ts';

/**
 * Names of the task areas of the programme an estimate belongs to: the active programme whose
 * period covers the year, else the latest active one (the server chooses the same way).
 */
export async function getTaskAreaNames(year: number, signal?: AbortSignal): Promise<Map<number, string>> {
  const list = await apiFetch<ProgrammeList>('/programmes', { query: { status: 'active', pageSize: 200 }, signal });
  const active = [...list.items].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  const programme = active.find((p) => p.periodStart <= `${year}-12-31` && p.periodEnd >= `${year}-01-01`) ?? active[0];
  if (!programme) return new Map();
  const detail = await apiFetch<ProgrammeDetail>(`/programmes/${encodeURIComponent(programme.id)}`, { signal });
  return new Map(detail.taskAreas.map((a) => [a.number, a.title]));
}

export function useTaskAreaNames(year: number) {
  return useQuery({
    queryKey: ['budget', 'task-areas', year],
    queryFn: ({ signal }) => getTaskAreaNames(year, signal),
    staleTime: 10 * 60_000,
  });
}
