import { queryOptions, useQuery } from '@tanstack/react-query';
import type { JOB_STATUSES, JobView } from '@lantoa/contracts/jobs';
import { apiFetch } from '../lib/api-client.ts';
import { useT } from '../lib/i18n.tsx';
import { fileDownloadUrl, findJobFiles } from '../lib/job-files.ts';
import { Badge, type BadgeTone } from './ui/badge.tsx';
import { ErrorAlert } from './ui/error-alert.tsx';
import { ProgressBar } from './ui/progress-bar.tsx';
import { Loading } from './ui/spinner.tsx';

export type JobStatus = (typeof JOB_STATUSES)[number];

/** A job that may still change: worth asking about again. */
export function isJobActive(status: JobStatus | undefined): boolean {
  return status === 'queued' || status === 'running';
}

export function getJob(id: string, signal?: AbortSignal): Promise<JobView> {
  return apiFetch<JobView>(`/jobs/${encodeURIComponent(id)}`, { signal });
}

/** Under ['jobs'], so that whatever refreshes the job list refreshes a job followed here too. */
export const jobQueryKey = (id: string) => ['jobs', 'detail', id] as const;

/** One job, asked for every second while it waits or runs, and no more once it has finished. */
export function jobQueryOptions(id: string) {
  return queryOptions({
    queryKey: jobQueryKey(id),
    queryFn: ({ signal }) => getJob(id, signal),
    staleTime: 0,
    refetchInterval: (query) => (isJobActive(query.state.data?.status) ? 1_000 : false),
  });
}

export function useJob(id: string) {
  return useQuery(jobQueryOptions(id));
}

const STATUS_TONES: Record<JobStatus, BadgeTone> = {
  queued: 'neutral',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
  cancelled: 'amber',
};

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const t = useT();
  return <Badge tone={STATUS_TONES[status]}>{t(`job.status.${status}`)}</Badge>;
}

/** Download links to the files a job made; nothing when it made none. */
export function JobFileLinks({ result }: { result: JobView['result'] }) {
  const t = useT();
  const files = findJobFiles(result);
  if (files.length === 0) return null;
  return (
    <ul className="job-files">
      {files.map((f) => (
        <li key={f.id}>
          <a href={fileDownloadUrl(f.id)} download={f.name} className="job-file-link">
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M11 3h2v9.6l3.3-3.3 1.4 1.4-5.7 5.7-5.7-5.7 1.4-1.4 3.3 3.3V3ZM4 19h16v2H4v-2Z"
              />
            </svg>
            <span className="visually-hidden">{t('job.download')} </span>
            {f.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Follows one background job: its progress bar and latest message while it waits or runs, then
 * the files it made (or what it reported) or why it failed.
 */
export function JobProgress({ jobId, label }: { jobId: string; label?: string }) {
  const t = useT();
  const query = useJob(jobId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const job = query.data;
  const name = label ?? job.title;
  const message = job.message ?? (job.status === 'queued' ? t('job.waiting') : null);

  return (
    <div className="job-progress">
      {job.status === 'failed' || job.status === 'cancelled' ? null : (
        <ProgressBar value={job.status === 'succeeded' ? 100 : job.progress} label={name} detail={message} />
      )}
      {message && job.status !== 'failed' ? <p className="job-message">{message}</p> : null}
      {/* Said once when the job ends; the bar's every step is not read out. */}
      <div role="status" className="job-outcome">
        {job.status === 'succeeded' ? (
          <>
            <p className="job-outcome-title">{t('job.succeeded')}</p>
            <JobFileLinks result={job.result} />
          </>
        ) : job.status === 'failed' ? (
          <div className="alert alert-error">
            <p className="alert-title">{t('job.failed')}</p>
            <p>{job.error ?? job.message ?? t('job.noError')}</p>
          </div>
        ) : job.status === 'cancelled' ? (
          <p className="muted">{t('job.cancelled')}</p>
        ) : null}
      </div>
    </div>
  );
}
