import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answers, SurveyAction, SurveyInput, SurveyResults, SurveySummary, SurveyView } from '@lantoa/contracts/surveys';
import { apiFetch } from '../../../lib/api-client.ts';

export type SurveyPage = { items: SurveySummary[]; total: number; page: number; pageSize: number };
export type SurveyListParams = { year?: number; status?: string; q?: string; page?: number; pageSize?: number };

export function useSurveys(params: SurveyListParams, enabled = true) {
  return useQuery({ queryKey: ['surveys', 'list', params], queryFn: ({ signal }) => apiFetch<SurveyPage>('/surveys', { query: params, signal }), placeholderData: keepPreviousData, enabled });
}

export function useMySurveys() {
  return useQuery({ queryKey: ['surveys', 'mine'], queryFn: ({ signal }) => apiFetch<{ items: (SurveySummary & { hasAnswered: boolean })[] }>('/surveys/mine', { signal }) });
}

export function useSurvey(id: string | undefined) {
  return useQuery({ queryKey: ['surveys', 'detail', id], queryFn: ({ signal }) => apiFetch<SurveyView>(`/surveys/${encodeURIComponent(id!)}`, { signal }), enabled: !!id });
}

export function useSurveyResults(id: string, params: { unitId?: string; audience?: string }, enabled: boolean) {
  return useQuery({ queryKey: ['surveys', 'results', id, params], queryFn: ({ signal }) => apiFetch<SurveyResults>(`/surveys/${encodeURIComponent(id)}/results`, { query: params, signal }), enabled });
}

export function useSaveSurvey(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput & { lockVersion?: number }) =>
      id ? apiFetch<SurveyView>(`/surveys/${encodeURIComponent(id)}`, { method: 'PUT', body }) : apiFetch<SurveyView>('/surveys', { method: 'POST', body }),
    onSuccess: (s) => {
      queryClient.setQueryData(['surveys', 'detail', s.id], s);
      void queryClient.invalidateQueries({ queryKey: ['surveys', 'list'] });
    },
  });
}

export function useTransitionSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { action: SurveyAction; lockVersion: number }) => apiFetch<SurveyView>(`/surveys/${encodeURIComponent(id)}/transition`, { method: 'POST', body }),
    onSuccess: (s) => {
      queryClient.setQueryData(['surveys', 'detail', id], s);
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}

export function useAnswerSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Answers) => apiFetch<{ ok: true }>(`/surveys/${encodeURIComponent(id)}/responses`, { method: 'POST', body: { answers } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['surveys'] }),
  });
}
