import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EventKind, EventSummary } from '@lantoa/contracts/events';
import { apiFetch } from '../../../lib/api-client.ts';
import { eventKeys } from './keys.ts';

export type EventPage = { items: EventSummary[]; total: number; page: number; pageSize: number };
export type EventListParams = {
  year?: number;
  month?: number;
  kind?: EventKind;
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export function getEvents(params: EventListParams, signal?: AbortSignal): Promise<EventPage> {
  return apiFetch<EventPage>('/events', { query: params, signal });
}

export function useEvents(params: EventListParams) {
  return useQuery({ queryKey: eventKeys.list(params), queryFn: ({ signal }) => getEvents(params, signal), placeholderData: keepPreviousData });
}
