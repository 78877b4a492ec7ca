import { useState } from 'react';
import { Link } from 'react-router';
import { JOB_STATUSES, type JobView } from '@lantoa/contracts/jobs';
import { JobFileLinks, JobStatusBadge } from '../../../components/job-progress.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { findJobFiles } from '../../../lib/job-files.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useJobs } from '../api/get-jobs.ts';
import { JobActionButtons, JobActionDialog, type JobActionRequest } from './job-actions.tsx';
import { JobTimes } from './job-times.tsx';

const PAGE_SIZE = 20;

/** What a job came to, in the list: its bar while it runs, its files, or why it failed. */
function JobOutcome({ job }: { job: JobView }) {
  const t = useT();
  switch (job.status) {
    case 'running':
      return (
        <div className="job-cell-progress">
          <ProgressBar value={job.progress} label={job.title} detail={job.message} size="sm" />
          {job.message ? <p className="job-message small">{job.message}</p> : null}
        </div>
      );
    case 'queued':
      return <span className="muted">{t('job.waiting')}</span>;
    case 'succeeded':
      if (findJobFiles(job.result).length === 0 && !job.message) return <span className="muted">—</span>;
      return (
        <div>
          <JobFileLinks result={job.result} />
          {job.message ? <p className="job-message small">{job.message}</p> : null}
        </div>
      );
    case 'failed':
      return <p className="job-error">{job.error ?? job.message ?? t('job.noError')}</p>;
    case 'cancelled':
      return <span className="muted">—</span>;
  }
}

/** Background jobs: one's own, or everyone's for administrators, followed live while they run. */
export function JobsPage() {
  const t = useT();
  const canManage = useCan('job:manage');
  const [params, update] = useSearchParamsState();
  const [asked, setAsked] = useState<JobActionRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const status = pickParam(params.get('status'), JOB_STATUSES);
  const mine = !canManage || params.get('mine') === '1';
  const query = useJobs({ status, mine: canManage && mine, page: pageParam(params.get('page')), pageSize: PAGE_SIZE });

  const columns: Column<JobView>[] = [
    {
      key: 'title',
      header: t('jobs.col.title'),
      primary: true,
      render: (j) => (
        <Link to={`/jobs/${j.id}`} className="strong-link">
          {j.title}
        </Link>
      ),
    },
    { key: 'status', header: t('jobs.col.status'), render: (j) => <JobStatusBadge status={j.status} /> },
    {
      key: 'outcome',
      header: t('jobs.col.outcome'),
      className: 'job-outcome-cell',
      render: (j) => <JobOutcome job={j} />,
    },
    {
      key: 'attempts',
      header: t('jobs.col.attempts'),
      className: 'nowrap',
      render: (j) => t('jobs.attemptsOf', { attempts: j.attempts, max: j.maxAttempts }),
    },
    { key: 'createdBy', header: t('jobs.col.createdBy'), render: (j) => j.createdByName ?? t('jobs.system') },
    { key: 'times', header: t('jobs.col.times'), className: 'job-times-cell', render: (j) => <JobTimes job={j} /> },
    {
      key: 'actions',
      header: t('jobs.col.actions'),
      className: 'job-actions-cell',
      render: (j) => <JobActionButtons job={j} onAsk={setAsked} />,
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('jobs.title')}
        subtitle={canManage && !mine ? t('jobs.subtitleAll') : t('jobs.subtitleMine')}
      />
      {done ? (
        <Alert tone="success">
          <p>{done}</p>
        </Alert>
      ) : null}
      <section className="card filters" aria-label={t('common.filters')}>
        {canManage ? (
          <div className="field">
            <span className="field-label" id="jobs-whose">
              {t('jobs.whose')}
            </span>
            <div className="segmented" role="group" aria-labelledby="jobs-whose">
              {(['all', 'mine'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  className={(v === 'mine') === mine ? 'segment active' : 'segment'}
                  aria-pressed={(v === 'mine') === mine}
                  onClick={() => update({ mine: v === 'mine' ? '1' : null, page: null })}
                >
                  {t(`jobs.whose.${v}`)}
                </button>
              ))}
            </div>
          </div>
        ) : null}
        <SelectField
          label={t('jobs.col.status')}
          value={status ?? ''}
          placeholder={t('common.all')}
          options={JOB_STATUSES.map((s) => ({ value: s, label: t(`job.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={status ? t('jobs.emptyFiltered') : t('jobs.empty')}>
              {status ? (
                <Button size="sm" onClick={() => update({ status: null, page: null })}>
                  {t('common.clearFilters')}
                </Button>
              ) : (
                <p>{t('jobs.emptyHint')}</p>
              )}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('jobs.caption')} columns={columns} rows={data.items} rowKey={(j) => j.id} />
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPageChange={(page) => update({ page: page === 1 ? null : page })}
              />
            </>
          )
        }
      </QueryState>
      <JobActionDialog request={asked} onClose={() => setAsked(null)} onDone={(message) => setDone(message)} />
    </div>
  );
}
