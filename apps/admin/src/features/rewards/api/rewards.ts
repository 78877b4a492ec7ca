import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EvidenceSchema, RewardAction, RewardInput, RewardSummarySchema, RewardView } from '@lantoa/contracts/rewards';
import { apiFetch } from '../../../lib/api-client.ts';

export type RewardSummary = z.infer<typeof RewardSummarySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type RewardListParams = { year?: number; status?: string; q?: string; page?: number; pageSize?: number };

export function useRewards(params: RewardListParams) {
  return useQuery({
    queryKey: ['rewards', 'list', params],
    queryFn: ({ signal }) => apiFetch<{ items: RewardSummary[]; total: number; page: number; pageSize: number }>('/rewards', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReward(id: string) {
  return useQuery({ queryKey: ['rewards', 'detail', id], queryFn: ({ signal }) => apiFetch<RewardView>(`/rewards/${encodeURIComponent(id)}`, { signal }) });
}

export function useEvidenceOptions(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['rewards', 'evidence', unitId, year],
    queryFn: ({ signal }) => apiFetch<{ items: Evidence[] }>('/rewards/evidence', { query: { unitId, year }, signal }),
    enabled: !!unitId,
  });
}

export function useCreateReward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RewardInput) => apiFetch<RewardView>('/rewards', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['rewards'] }),
  });
}

export function useTransitionReward(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { action: RewardAction; lockVersion: number; comment?: string | null; decisionNo?: string | null; decisionDate?: string | null }) =>
      apiFetch<RewardView>(`/rewards/${encodeURIComponent(id)}/transition`, { method: 'POST', body }),
    onSuccess: (r) => {
      queryClient.setQueryData(['rewards', 'detail', id], r);
      void queryClient.invalidateQueries({ queryKey: ['rewards', 'list'] });
    },
  });
}
