import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { JobView } from '@lantoa/contracts/jobs';
import { isJobActive, type JobStatus } from '../../../components/job-progress.tsx';
import { apiFetch } from '../../../lib/api-client.ts';
import { jobKeys } from './keys.ts';

export type JobsParams = { status?: JobStatus; mine?: boolean; page: number; pageSize: number };
export type JobsPage = { items: JobView[]; total: number; page: number; pageSize: number };

export function getJobs({ mine, ...params }: JobsParams, signal?: AbortSignal): Promise<JobsPage> {
  return apiFetch<JobsPage>('/jobs', { query: { ...params, mine: mine ? 'true' : undefined }, signal });
}

/** The list, asked for again every 2 seconds while one of its jobs waits or runs. */
export function useJobs(params: JobsParams) {
  return useQuery({
    queryKey: jobKeys.list(params),
    queryFn: ({ signal }) => getJobs(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.items.some((j) => isJobActive(j.status)) ? 2_000 : false),
  });
}
