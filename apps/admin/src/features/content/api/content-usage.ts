import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ContentChannel, ContentUsageReportSchema, ContentUsageSchema } from '@lantoa/contracts/content';
import { apiFetch } from '../../../lib/api-client.ts';
import { contentKeys } from './keys.ts';

export type ContentUsage = z.infer<typeof ContentUsageSchema>;
export type ContentUsageReport = z.infer<typeof ContentUsageReportSchema>;
export type UsageParams = { itemId?: string; channel?: ContentChannel; year?: number; page?: number; pageSize?: number };

export function useContentUsage(params: UsageParams) {
  return useQuery({
    queryKey: contentKeys.usage(params),
    queryFn: ({ signal }) => apiFetch<ContentUsageReport>('/content/usage', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export type UsageInput = { unitId: string; channel: ContentChannel; usedOn: string; reach: number | null; note: string | null };

export function useRecordUsage(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UsageInput) => apiFetch<ContentUsage>(`/content/${encodeURIComponent(itemId)}/usage`, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['content', 'usage'] });
      void queryClient.invalidateQueries({ queryKey: contentKeys.detail(itemId) });
    },
  });
}
