import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseView, CreateCaseBody } from '@lantoa/contracts/cases';
import { apiFetch } from '../../../lib/api-client.ts';

export function createCase(body: CreateCaseBody): Promise<CaseView> {
  return apiFetch<CaseView>('/cases', { method: 'POST', body });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
