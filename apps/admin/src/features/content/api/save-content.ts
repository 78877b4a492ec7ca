import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContentInput, ContentView } from '@lantoa/contracts/content';
import { apiFetch } from '../../../lib/api-client.ts';
import { contentKeys } from './keys.ts';

export type ContentBody = Omit<ContentInput, 'publishAt' | 'coverFileId' | 'summary'> & { summary: string | null; publishAt: string | null; coverFileId: string | null };

export function createContent(body: ContentBody): Promise<ContentView> {
  return apiFetch<ContentView>('/content', { method: 'POST', body });
}

export function updateContent(id: string, body: ContentBody & { lockVersion: number }): Promise<ContentView> {
  return apiFetch<ContentView>(`/content/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

/** Creates (no id) or saves (with the lockVersion it was read at) one item. */
export function useSaveContent(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContentBody & { lockVersion?: number }) => (id ? updateContent(id, { ...body, lockVersion: body.lockVersion ?? 1 }) : createContent(body)),
    onSuccess: (item) => {
      queryClient.setQueryData(contentKeys.detail(item.id), item);
      void queryClient.invalidateQueries({ queryKey: ['content', 'list'] });
      void queryClient.invalidateQueries({ queryKey: contentKeys.versions(item.id) });
    },
  });
}
