import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { contentKeys } from './keys.ts';

export type ContentVersionSummary = { versionNo: number; createdAt: string; createdByName: string | null; title: string };
export type ContentVersion = ContentVersionSummary & { data: Record<string, unknown> };

export function useContentVersions(id: string) {
  return useQuery({
    queryKey: contentKeys.versions(id),
    queryFn: ({ signal }) => apiFetch<{ items: ContentVersionSummary[] }>(`/content/${encodeURIComponent(id)}/versions`, { signal }),
  });
}

export function useContentVersion(id: string, versionNo: number | null) {
  return useQuery({
    queryKey: contentKeys.version(id, versionNo ?? 0),
    queryFn: ({ signal }) => apiFetch<ContentVersion>(`/content/${encodeURIComponent(id)}/versions/${versionNo}`, { signal }),
    enabled: versionNo !== null,
  });
}
