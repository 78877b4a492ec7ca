import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseTransitionBody, CaseView } from '@lantoa/contracts/cases';
import { apiFetch } from '../../../lib/api-client.ts';
import { caseKeys } from './keys.ts';

export type CaseTransitionInput = Partial<CaseTransitionBody> & Pick<CaseTransitionBody, 'action' | 'lockVersion'>;

export function transitionCase(id: string, body: CaseTransitionInput): Promise<CaseView> {
  return apiFetch<CaseView>(`/cases/${encodeURIComponent(id)}/transition`, { method: 'POST', body });
}

export function useTransitionCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseTransitionInput) => transitionCase(id, body),
    onSuccess: (c) => {
      queryClient.setQueryData(caseKeys.detail(id), c);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'stats'] });
    },
  });
}
