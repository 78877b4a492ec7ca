import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { pressKeys } from './keys.ts';

export function deleteChannel(channelId: string): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/press/channels/${encodeURIComponent(channelId)}`, { method: 'DELETE' });
}

export function deleteArticle(channelId: string, articleId: string): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/press/channels/${encodeURIComponent(channelId)}/articles/${encodeURIComponent(articleId)}`, { method: 'DELETE' });
}

export function useDeleteChannel(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteChannel(channelId),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: pressKeys.detail(channelId) });
      void queryClient.invalidateQueries({ queryKey: pressKeys.all });
    },
  });
}

export function useDeleteArticle(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (articleId: string) => deleteArticle(channelId, articleId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pressKeys.all }),
  });
}
