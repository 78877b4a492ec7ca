import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Article } from '@lantoa/contracts/press';
import { apiFetch } from '../../../lib/api-client.ts';
import { pressKeys } from './keys.ts';

export type ArticlePage = { items: Article[]; total: number; page: number; pageSize: number };
export type ArticleListParams = { year?: number; q?: string; sort?: string; page?: number; pageSize?: number };

export function getArticles(channelId: string, params: ArticleListParams, signal?: AbortSignal): Promise<ArticlePage> {
  return apiFetch<ArticlePage>(`/press/channels/${encodeURIComponent(channelId)}/articles`, { query: params, signal });
}

export function useArticles(channelId: string, params: ArticleListParams) {
  return useQuery({
    queryKey: pressKeys.articles(channelId, params),
    queryFn: ({ signal }) => getArticles(channelId, params, signal),
    placeholderData: keepPreviousData,
  });
}
