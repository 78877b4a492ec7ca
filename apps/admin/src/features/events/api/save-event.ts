import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventInput, EventView, UpdateEventBody } from '@lantoa/contracts/events';
import { apiFetch } from '../../../lib/api-client.ts';
import { eventKeys } from './keys.ts';

export function createEvent(body: EventInput): Promise<EventView> {
  return apiFetch<EventView>('/events', { method: 'POST', body });
}

export function updateEvent(id: string, body: UpdateEventBody): Promise<EventView> {
  return apiFetch<EventView>(`/events/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function deleteEvent(id: string): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/events/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Creates (no id) or saves (with id and lockVersion) an event; the lists are refreshed after. */
export function useSaveEvent(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EventInput & { lockVersion?: number }) =>
      id ? updateEvent(id, body as UpdateEventBody) : createEvent(body),
    onSuccess: (view) => {
      queryClient.setQueryData(eventKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: ['events', 'list'] });
    },
  });
}

export function useDeleteEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteEvent(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}
