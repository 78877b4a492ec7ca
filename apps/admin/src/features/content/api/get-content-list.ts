import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ContentAudience, ContentKind, ContentStatus, ContentSummary } from '@lantoa/contracts/content';
import { apiFetch } from '../../../lib/api-client.ts';
import { contentKeys } from './keys.ts';

export type ContentPage = { items: ContentSummary[]; total: number; page: number; pageSize: number };
export type ContentListParams = {
  q?: string;
  kind?: ContentKind;
  status?: ContentStatus;
  audience?: ContentAudience;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export function getContentList(params: ContentListParams, signal?: AbortSignal): Promise<ContentPage> {
  return apiFetch<ContentPage>('/content', { query: params, signal });
}

export function useContentList(params: ContentListParams) {
  return useQuery({ queryKey: contentKeys.list(params), queryFn: ({ signal }) => getContentList(params, signal), placeholderData: keepPreviousData });
}
