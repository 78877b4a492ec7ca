import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanView, UpdatePlanBody } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { planKeys } from './keys.ts';

/** Saves the whole content; the server refuses it (VERSION_CONFLICT) if someone saved since `lockVersion`. */
export function updatePlan(id: string, body: UpdatePlanBody): Promise<PlanView> {
  return apiFetch<PlanView>(`/plans/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdatePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePlanBody) => updatePlan(id, body),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(id), plan);
      void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'board'] });
    },
  });
}
