import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session, SessionInput } from '@lantoa/contracts/schools';
import { apiFetch } from '../../../lib/api-client.ts';
import { schoolKeys } from './keys.ts';

export function addSession(schoolId: string, body: SessionInput): Promise<Session> {
  return apiFetch<Session>(`/schools/${encodeURIComponent(schoolId)}/sessions`, { method: 'POST', body });
}

export function useAddSession(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionInput) => addSession(schoolId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolKeys.all }),
  });
}
