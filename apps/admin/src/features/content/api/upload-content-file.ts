import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContentView } from '@lantoa/contracts/content';
import { apiFetch } from '../../../lib/api-client.ts';
import { contentKeys } from './keys.ts';

export function uploadContentFile(id: string, input: { file: File; caption: string; lockVersion: number }): Promise<ContentView> {
  const form = new FormData();
  form.set('lockVersion', String(input.lockVersion));
  if (input.caption.trim()) form.set('caption', input.caption.trim());
  form.set('file', input.file, input.file.name);
  return apiFetch<ContentView>(`/content/${encodeURIComponent(id)}/files`, { method: 'POST', body: form });
}

export function removeContentFile(id: string, fileId: string, lockVersion: number): Promise<ContentView> {
  return apiFetch<ContentView>(`/content/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}`, { method: 'DELETE', query: { lockVersion } });
}

export function useContentFiles(id: string) {
  const queryClient = useQueryClient();
  const done = (item: ContentView) => queryClient.setQueryData(contentKeys.detail(id), item);
  return {
    upload: useMutation({ mutationFn: (input: { file: File; caption: string; lockVersion: number }) => uploadContentFile(id, input), onSuccess: done }),
    remove: useMutation({ mutationFn: (input: { fileId: string; lockVersion: number }) => removeContentFile(id, input.fileId, input.lockVersion), onSuccess: done }),
  };
}
