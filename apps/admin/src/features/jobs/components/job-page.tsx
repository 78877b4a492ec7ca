import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { JobProgress, JobStatusBadge, useJob } from '../../../components/job-progress.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { JobActionButtons, JobActionDialog, type JobActionRequest } from './job-actions.tsx';

/** One job, followed live: progress, result or error, and what can be done with it. */
export function JobPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useJob(id);
  const [asked, setAsked] = useState<JobActionRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <div className="page">
      <QueryState query={query}>
        {(job) => (
          <>
            <PageHeader
              title={job.title}
              subtitle={<JobStatusBadge status={job.status} />}
              actions={<JobActionButtons job={job} onAsk={setAsked} />}
            >
              <nav aria-label={t('jobs.breadcrumbs')} className="breadcrumbs">
                <ol>
                  <li>
                    <Link to="/jobs">{t('jobs.title')}</Link>
                  </li>
                  <li aria-current="page">{job.title}</li>
                </ol>
              </nav>
            </PageHeader>
            {done ? (
              <Alert tone="success">
                <p>{done}</p>
              </Alert>
            ) : null}
            <section className="card" aria-labelledby="job-progress-title">
              <h2 id="job-progress-title" className="section-title">
                {t('jobs.progressTitle')}
              </h2>
              <JobProgress jobId={job.id} />
            </section>
            <section className="card" aria-labelledby="job-details-title">
              <h2 id="job-details-title" className="section-title">
                {t('jobs.details')}
              </h2>
              <dl className="details">
                <dt>{t('jobs.col.createdBy')}</dt>
                <dd>{job.createdByName ?? t('jobs.system')}</dd>
                <dt>{t('jobs.time.created')}</dt>
                <dd>{formatDateTime(job.createdAt)}</dd>
                <dt>{t('jobs.time.started')}</dt>
                <dd>{job.startedAt ? formatDateTime(job.startedAt) : '—'}</dd>
                <dt>{t('jobs.time.finished')}</dt>
                <dd>{job.finishedAt ? formatDateTime(job.finishedAt) : '—'}</dd>
                <dt>{t('jobs.col.attempts')}</dt>
                <dd>{t('jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}</dd>
                <dt>{t('jobs.id')}</dt>
                <dd className="code">{job.id}</dd>
              </dl>
            </section>
          </>
        )}
      </QueryState>
      <JobActionDialog request={asked} onClose={() => setAsked(null)} onDone={setDone} />
    </div>
  );
}
