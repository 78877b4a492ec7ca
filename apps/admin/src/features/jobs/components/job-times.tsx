import type { JobView } from '@lantoa/contracts/jobs';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';

/** When a job was asked for, started and finished; the moments it has not reached are left out. */
export function JobTimes({ job }: { job: JobView }) {
  const t = useT();
  const moments = [
    ['jobs.time.created', job.createdAt],
    ['jobs.time.started', job.startedAt],
    ['jobs.time.finished', job.finishedAt],
  ] as const;
  return (
    <dl className="job-times">
      {moments.map(([key, at]) =>
        at ? (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{formatDateTime(at)}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
