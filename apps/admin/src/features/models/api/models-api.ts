import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ModelStatus, ModelSummary, ModelView, ProposalInput, ReplicationBody, ResultsBody, ScoresBody, TargetGroup, TransitionBody } from '@lantoa/contracts/comm-models';
import { apiFetch } from '../../../lib/api-client.ts';

export const modelKeys = {
  all: ['models'] as const,
  list: (params: object) => ['models', 'list', params] as const,
  detail: (id: string) => ['models', 'detail', id] as const,
  candidates: ['models', 'candidates'] as const,
};

export type ModelListParams = { year?: number; status?: ModelStatus; targetGroup?: TargetGroup; q?: string; page?: number; pageSize?: number };
export type ModelPage = { items: ModelSummary[]; total: number; page: number; pageSize: number };

export function useModels(params: ModelListParams) {
  return useQuery({ queryKey: modelKeys.list(params), queryFn: ({ signal }) => apiFetch<ModelPage>('/comm-models', { query: params, signal }), placeholderData: keepPreviousData });
}

export function useModel(id: string) {
  return useQuery({ queryKey: modelKeys.detail(id), queryFn: ({ signal }) => apiFetch<ModelView>(`/comm-models/${encodeURIComponent(id)}`, { signal }) });
}

export function usePanelCandidates(enabled: boolean) {
  return useQuery({
    queryKey: modelKeys.candidates,
    queryFn: ({ signal }) => apiFetch<{ items: { id: string; fullName: string; username: string }[] }>('/comm-models/panel-candidates', { signal }),
    enabled,
  });
}

export function useCreateModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposalInput) => apiFetch<ModelView>('/comm-models', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['models', 'list'] }),
  });
}

/** Every change to one model answers with the whole model, which replaces the cached one. */
export function useModelMutations(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (view: ModelView) => {
    queryClient.setQueryData(modelKeys.detail(id), view);
    void queryClient.invalidateQueries({ queryKey: ['models', 'list'] });
  };
  const path = `/comm-models/${encodeURIComponent(id)}`;
  return {
    transition: useMutation({ mutationFn: (body: TransitionBody) => apiFetch<ModelView>(`${path}/transition`, { method: 'POST', body }), onSuccess }),
    score: useMutation({ mutationFn: (body: ScoresBody) => apiFetch<ModelView>(`${path}/scores`, { method: 'PUT', body }), onSuccess }),
    results: useMutation({ mutationFn: (body: ResultsBody) => apiFetch<ModelView>(`${path}/results`, { method: 'PUT', body }), onSuccess }),
    replicate: useMutation({ mutationFn: (body: ReplicationBody) => apiFetch<ModelView>(`${path}/replications`, { method: 'POST', body }), onSuccess }),
  };
}
