import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClassView, CreateClassBody } from '@lantoa/contracts/trainings';
import { apiFetch } from '../../../lib/api-client.ts';
import { trainingKeys } from './keys.ts';

/** Creates a class, or saves one at `lockVersion` (the server refuses with VERSION_CONFLICT if someone saved since). */
export function saveClass(id: string | null, body: CreateClassBody & { lockVersion?: number }): Promise<ClassView> {
  return id
    ? apiFetch<ClassView>(`/trainings/classes/${encodeURIComponent(id)}`, { method: 'PUT', body })
    : apiFetch<ClassView>('/trainings/classes', { method: 'POST', body });
}

export function useSaveClass(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClassBody & { lockVersion?: number }) => saveClass(id, body),
    onSuccess: (k) => {
      queryClient.setQueryData(trainingKeys.detail(k.id), k);
      void queryClient.invalidateQueries({ queryKey: ['trainings', 'list'] });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.courses });
    },
  });
}
