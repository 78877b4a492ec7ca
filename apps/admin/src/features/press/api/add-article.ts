import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Article, ArticleInput } from '@lantoa/contracts/press';
import { apiFetch } from '../../../lib/api-client.ts';
import { pressKeys } from './keys.ts';

export function addArticle(channelId: string, body: ArticleInput): Promise<Article> {
  return apiFetch<Article>(`/press/channels/${encodeURIComponent(channelId)}/articles`, { method: 'POST', body });
}

export function useAddArticle(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArticleInput) => addArticle(channelId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pressKeys.all }),
  });
}
