import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelKind, ChannelSummary } from '@lantoa/contracts/press';
import { apiFetch } from '../../../lib/api-client.ts';
import { pressKeys } from './keys.ts';

export type ChannelPage = { items: ChannelSummary[]; total: number; page: number; pageSize: number };
export type ChannelListParams = {
  kind?: ChannelKind;
  hasDxColumn?: 'true' | 'false';
  hasFeed?: 'true' | 'false';
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export function getChannels(params: ChannelListParams, signal?: AbortSignal): Promise<ChannelPage> {
  return apiFetch<ChannelPage>('/press/channels', { query: params, signal });
}

export function useChannels(params: ChannelListParams) {
  return useQuery({ queryKey: pressKeys.list(params), queryFn: ({ signal }) => getChannels(params, signal), placeholderData: keepPreviousData });
}
