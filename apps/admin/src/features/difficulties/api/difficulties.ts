import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateDifficultyBody,
  DifficultyBoard,
  DifficultySeverity,
  DifficultyStatus,
  DifficultySummary,
  DifficultyTransitionBody,
  DifficultyView,
} from '@lantoa/contracts/difficulties';
import { apiFetch } from '../../../lib/api-client.ts';

export const difficultyKeys = {
  list: (params: object) => ['difficulties', 'list', params] as const,
  board: ['difficulties', 'board'] as const,
  detail: (id: string) => ['difficulties', 'detail', id] as const,
};

export type DifficultyListParams = {
  status?: DifficultyStatus;
  severity?: DifficultySeverity;
  q?: string;
  sort?: 'newest' | 'oldest' | 'severity';
  page?: number;
  pageSize?: number;
};
export type DifficultyPage = { items: DifficultySummary[]; total: number; page: number; pageSize: number };

export function useDifficulties(params: DifficultyListParams) {
  return useQuery({
    queryKey: difficultyKeys.list(params),
    queryFn: ({ signal }) => apiFetch<DifficultyPage>('/difficulties', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDifficultyBoard() {
  return useQuery({ queryKey: difficultyKeys.board, queryFn: ({ signal }) => apiFetch<DifficultyBoard>('/difficulties/board', { signal }) });
}

export function useDifficulty(id: string) {
  return useQuery({ queryKey: difficultyKeys.detail(id), queryFn: ({ signal }) => apiFetch<DifficultyView>(`/difficulties/${encodeURIComponent(id)}`, { signal }) });
}

export function useCreateDifficulty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDifficultyBody) => apiFetch<DifficultyView>('/difficulties', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['difficulties'] }),
  });
}

export type DifficultyTransitionInput = Partial<DifficultyTransitionBody> & Pick<DifficultyTransitionBody, 'action' | 'lockVersion'>;

export function useTransitionDifficulty(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DifficultyTransitionInput) => apiFetch<DifficultyView>(`/difficulties/${encodeURIComponent(id)}/transition`, { method: 'POST', body }),
    onSuccess: (d) => {
      queryClient.setQueryData(difficultyKeys.detail(id), d);
      void queryClient.invalidateQueries({ queryKey: ['difficulties', 'list'] });
      void queryClient.invalidateQueries({ queryKey: difficultyKeys.board });
    },
  });
}
