import { useQuery } from '@tanstack/react-query';
import type { EventView } from '@lantoa/contracts/events';
import { apiFetch } from '../../../lib/api-client.ts';
import { eventKeys } from './keys.ts';

export function getEvent(id: string, signal?: AbortSignal): Promise<EventView> {
  return apiFetch<EventView>(`/events/${encodeURIComponent(id)}`, { signal });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKeys.detail(id), queryFn: ({ signal }) => getEvent(id, signal) });
}
