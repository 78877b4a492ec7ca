import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventView } from '@lantoa/contracts/events';
import { apiFetch } from '../../../lib/api-client.ts';
import { eventKeys } from './keys.ts';

export function uploadEventPhoto(id: string, file: File, caption: string): Promise<EventView> {
  const form = new FormData();
  form.append('caption', caption);
  form.append('file', file);
  return apiFetch<EventView>(`/events/${encodeURIComponent(id)}/photos`, { method: 'POST', body: form });
}

export function removeEventPhoto(id: string, photoId: string): Promise<EventView> {
  return apiFetch<EventView>(`/events/${encodeURIComponent(id)}/photos/${encodeURIComponent(photoId)}`, { method: 'DELETE' });
}

export function useEventPhotos(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (view: EventView) => queryClient.setQueryData(eventKeys.detail(id), view);
  return {
    upload: useMutation({ mutationFn: (v: { file: File; caption: string }) => uploadEventPhoto(id, v.file, v.caption), onSuccess }),
    remove: useMutation({ mutationFn: (photoId: string) => removeEventPhoto(id, photoId), onSuccess }),
  };
}
