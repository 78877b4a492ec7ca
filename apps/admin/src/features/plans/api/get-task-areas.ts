import { useQuery } from '@tanstack/react-query';
import type { ProgrammeDetail, ProgrammeList } from '@lantoa/contracts/programme';
import { apiFetch } from '../../../lib/api-client.ts';

export type TaskAreaOption = { number: number; title: string };

/**
 * The programme a plan belongs to: the plan's own, or for a new plan the active programme whose
 * period covers the year (else the latest active one, as the server chooses).
 */
async function findProgrammeId(year: number, signal?: AbortSignal): Promise<string | null> {
  const list = await apiFetch<ProgrammeList>('/programmes', { query: { status: 'active', pageSize: 200 }, signal });
  const active = [...list.items].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  const covering = active.find((p) => p.periodStart <= `${year}-12-31` && p.periodEnd >= `${year}-01-01`);
  return (covering ?? active[0])?.id ?? null;
}

export async function getTaskAreas(
  source: { programmeId: string } | { year: number },
  signal?: AbortSignal,
): Promise<TaskAreaOption[]> {
  const id = 'programmeId' in source ? source.programmeId : await findProgrammeId(source.year, signal);
  if (!id) return [];
  const programme = await apiFetch<ProgrammeDetail>(`/programmes/${encodeURIComponent(id)}`, { signal });
  return programme.taskAreas.map((a) => ({ number: a.number, title: a.title })).sort((a, b) => a.number - b.number);
}

/** The programme's task areas ("1. Kế hoạch truyền thông…"), for the task-area selects. */
export function useTaskAreas(source: { programmeId: string } | { year: number }) {
  return useQuery({
    queryKey: ['plans', 'task-areas', source],
    queryFn: ({ signal }) => getTaskAreas(source, signal),
    staleTime: 10 * 60_000,
  });
}
