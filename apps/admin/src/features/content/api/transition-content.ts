import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContentAction, ContentView } from '@lantoa/contracts/content';
import { apiFetch } from '../../../lib/api-client.ts';
import { contentKeys } from './keys.ts';

export type ContentTransitionInput = { action: ContentAction; comment?: string | null; lockVersion: number };

export function transitionContent(id: string, body: ContentTransitionInput): Promise<ContentView> {
  return apiFetch<ContentView>(`/content/${encodeURIComponent(id)}/transition`, { method: 'POST', body });
}

export function useTransitionContent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContentTransitionInput) => transitionContent(id, body),
    onSuccess: (item) => {
      queryClient.setQueryData(contentKeys.detail(id), item);
      void queryClient.invalidateQueries({ queryKey: ['content', 'list'] });
    },
  });
}
