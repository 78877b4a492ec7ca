import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ArticleCounts, ChannelKind } from '@lantoa/contracts/press';
import { apiFetch } from '../../../lib/api-client.ts';
import { pressKeys } from './keys.ts';

export type ArticleCountsParams = { year: number; kind?: ChannelKind };

export function getArticleCounts(params: ArticleCountsParams, signal?: AbortSignal): Promise<ArticleCounts> {
  return apiFetch<ArticleCounts>('/press/article-counts', { query: params, signal });
}

export function useArticleCounts(params: ArticleCountsParams) {
  return useQuery({ queryKey: pressKeys.counts(params), queryFn: ({ signal }) => getArticleCounts(params, signal), placeholderData: keepPreviousData });
}
