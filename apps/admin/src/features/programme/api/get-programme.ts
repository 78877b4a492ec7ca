import { useQuery } from '@tanstack/react-query';
import type { ProgrammeDetail } from '@lantoa/contracts/programme';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeKeys } from './keys.ts';

export function getProgramme(id: string, signal?: AbortSignal): Promise<ProgrammeDetail> {
  return apiFetch<ProgrammeDetail>(`/programmes/${encodeURIComponent(id)}`, { signal });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: programmeKeys.detail(id),
    queryFn: ({ signal }) => getProgramme(id, signal),
    enabled: id !== '',
  });
}
