import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ImportKind, ImportRunView } from '@lantoa/contracts/exchange';
import { isApiError } from '../lib/api-client.ts';
import { useT } from '../lib/i18n.tsx';
import { commitImport, getImportRun, importKeys, isRunBusy, previewImport, templateUrl } from '../lib/imports.ts';
import { JobProgress } from './job-progress.tsx';
import { Button } from './ui/button.tsx';
import { ConfirmDialog } from './ui/confirm-dialog.tsx';
import { Alert, ErrorAlert } from './ui/error-alert.tsx';
import { Table, type Column } from './ui/table.tsx';

type ImportPanelProps = {
  kind: ImportKind;
  /** The import's own fields (a units import: parent unit, effective date), shown before the file. */
  children?: ReactNode;
  /** Sent with the file; null while the fields above are incomplete. */
  options: Record<string, string> | null;
  /** After a commit has written its rows (to refresh the feature's lists). */
  onApplied?: () => void;
};

type RowError = ImportRunView['errors'][number];

/**
 * An import in three steps: the template, an upload that is only checked (every row error, and
 * what would be created, updated or left as it is), then a confirmed commit that writes all rows
 * or none. A large file is checked and written by a background job, followed here.
 */
export function ImportPanel({ kind, children, options, onApplied }: ImportPanelProps) {
  const t = useT();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = useQuery({
    queryKey: importKeys.run(runId ?? ''),
    queryFn: ({ signal }) => getImportRun(runId!, signal),
    enabled: runId !== null,
    staleTime: 0,
    refetchInterval: (q) => (isRunBusy(q.state.data) ? 1_000 : false),
  });
  const preview = useMutation({
    mutationFn: () => previewImport(kind, file!, options ?? {}),
    onSuccess: (r) => setRunId(r.id),
  });
  const commit = useMutation({
    mutationFn: () => commitImport(runId!),
    onSuccess: () => {
      setConfirming(false);
      void run.refetch();
    },
    onError: (err) => {
      setConfirming(false);
      // The file was checked again and failed: the run now lists the errors.
      if (isApiError(err, 'IMPORT_HAS_ERRORS')) void run.refetch();
    },
  });

  const current = run.data;
  // Once per run that reaches "applied" (at once, or when its job ends), the feature refreshes.
  const announced = useRef<string | null>(null);
  const appliedId = current?.status === 'applied' ? current.id : null;
  useEffect(() => {
    if (appliedId && announced.current !== appliedId) {
      announced.current = appliedId;
      onApplied?.();
    }
  }, [appliedId, onApplied]);

  function startOver() {
    setRunId(null);
    setFile(null);
    preview.reset();
    commit.reset();
  }

  const errorColumns: Column<RowError>[] = [
    { key: 'row', header: t('import.row'), render: (e) => e.row, className: 'nowrap' },
    { key: 'column', header: t('import.column'), render: (e) => e.column || '—' },
    { key: 'message', header: t('import.problem'), render: (e) => e.message },
    { key: 'expected', header: t('import.expected'), render: (e) => <span className="muted">{e.expected}</span> },
  ];

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${fileId}-t1`}>
        <h2 className="section-title" id={`${fileId}-t1`}>
          {t('import.step.template')}
        </h2>
        <p className="muted">{t('import.templateHint')}</p>
        <div className="button-row">
          <a className="btn btn-secondary" href={templateUrl(kind, 'xlsx')} download>
            {t('import.templateXlsx')}
          </a>
          <a className="btn btn-secondary" href={templateUrl(kind, 'csv')} download>
            {t('import.templateCsv')}
          </a>
        </div>
      </section>

      <section className="card stack" aria-labelledby={`${fileId}-t2`}>
        <h2 className="section-title" id={`${fileId}-t2`}>
          {t('import.step.upload')}
        </h2>
        {children}
        <div className="field">
          <label className="field-label" htmlFor={fileId}>
            {t('import.file')}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setRunId(null);
              preview.reset();
              commit.reset();
            }}
          />
          <p className="field-hint">{t('import.fileHint')}</p>
        </div>
        <div className="button-row">
          <Button
            variant="primary"
            disabled={!file || !options}
            busy={preview.isPending}
            onClick={() => preview.mutate()}
          >
            {t('import.check')}
          </Button>
        </div>
        {preview.isError ? <ErrorAlert error={preview.error} /> : null}
      </section>

      {current ? (
        <section className="card stack" aria-labelledby={`${fileId}-t3`} aria-live="polite">
          <h2 className="section-title" id={`${fileId}-t3`}>
            {t('import.step.result', { file: current.fileName })}
          </h2>
          {isRunBusy(current) && current.jobId ? (
            <JobProgress
              jobId={current.jobId}
              label={t(current.status === 'checking' ? 'import.checking' : 'import.applying')}
            />
          ) : null}
          {!isRunBusy(current) ? (
            <dl className="details">
              <div className="details-row">
                <dt>{t('import.count.rows')}</dt>
                <dd>{current.counts.rows}</dd>
              </div>
              <div className="details-row">
                <dt>{t(current.status === 'applied' ? 'import.count.created' : 'import.count.create')}</dt>
                <dd>{current.counts.create}</dd>
              </div>
              <div className="details-row">
                <dt>{t(current.status === 'applied' ? 'import.count.updated' : 'import.count.update')}</dt>
                <dd>{current.counts.update}</dd>
              </div>
              <div className="details-row">
                <dt>{t('import.count.unchanged')}</dt>
                <dd>{current.counts.unchanged}</dd>
              </div>
              <div className="details-row">
                <dt>{t('import.count.errors')}</dt>
                <dd>{current.counts.errors}</dd>
              </div>
            </dl>
          ) : null}
          {current.status === 'invalid' ? (
            <>
              <Alert tone="error">{t('import.invalid', { count: current.counts.errors })}</Alert>
              <Table
                caption={t('import.errorsCaption')}
                columns={errorColumns}
                rows={current.errors}
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
              />
              {current.errors.length < current.counts.errors ? (
                <p className="muted">
                  {t('import.moreErrors', { shown: current.errors.length, count: current.counts.errors })}
                </p>
              ) : null}
            </>
          ) : null}
          {current.status === 'ready' ? (
            <>
              <Alert tone="info">
                {current.counts.create + current.counts.update === 0 ? t('import.nothingToDo') : t('import.ready')}
              </Alert>
              <div className="button-row">
                <Button variant="primary" onClick={() => setConfirming(true)}>
                  {t('import.commit')}
                </Button>
              </div>
            </>
          ) : null}
          {current.status === 'applied' ? <Alert tone="success">{t('import.applied')}</Alert> : null}
          {current.status === 'failed' ? <Alert tone="error">{t('import.failed')}</Alert> : null}
          {commit.isError && !isApiError(commit.error, 'IMPORT_HAS_ERRORS') ? (
            <ErrorAlert error={commit.error} />
          ) : null}
          {current.status === 'applied' || current.status === 'invalid' || current.status === 'failed' ? (
            <div className="button-row">
              <Button onClick={startOver}>{t('import.again')}</Button>
            </div>
          ) : null}
        </section>
      ) : null}

      <ConfirmDialog
        open={confirming}
        title={t('import.confirmTitle')}
        confirmLabel={t('import.commit')}
        busy={commit.isPending}
        onConfirm={() => commit.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {t('import.confirmBody', {
            create: current?.counts.create ?? 0,
            update: current?.counts.update ?? 0,
            unchanged: current?.counts.unchanged ?? 0,
          })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
