import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePlanBody, PlanView } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { planKeys } from './keys.ts';

export function createPlan(body: CreatePlanBody): Promise<PlanView> {
  return apiFetch<PlanView>('/plans', { method: 'POST', body });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'board'] });
    },
  });
}
