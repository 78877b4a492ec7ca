import { useQuery } from '@tanstack/react-query';
import type { ContentView } from '@lantoa/contracts/content';
import { apiFetch } from '../../../lib/api-client.ts';
import { contentKeys } from './keys.ts';

export function getContent(id: string, signal?: AbortSignal): Promise<ContentView> {
  return apiFetch<ContentView>(`/content/${encodeURIComponent(id)}`, { signal });
}

export function useContent(id: string) {
  return useQuery({ queryKey: contentKeys.detail(id), queryFn: ({ signal }) => getContent(id, signal) });
}
