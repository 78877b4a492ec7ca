import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanAction, PlanView } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { planKeys } from './keys.ts';

export type PlanTransitionInput = { action: PlanAction; comment?: string | null; lockVersion: number };

export function transitionPlan(id: string, body: PlanTransitionInput): Promise<PlanView> {
  return apiFetch<PlanView>(`/plans/${encodeURIComponent(id)}/transition`, { method: 'POST', body });
}

export function useTransitionPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanTransitionInput) => transitionPlan(id, body),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(id), plan);
      void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'board'] });
      // Accepting a plan changes what the year's estimate can consolidate.
      void queryClient.invalidateQueries({ queryKey: ['budget-estimates'] });
    },
  });
}
