import { useState } from 'react';
import type { ExportFormat } from '@lantoa/contracts/exchange';
import { apiResponse } from '../lib/api-client.ts';
import { saveResponseAsFile } from '../lib/download.ts';
import { useT } from '../lib/i18n.tsx';
import { JobProgress } from './job-progress.tsx';
import { Button } from './ui/button.tsx';
import { ErrorAlert } from './ui/error-alert.tsx';

type QueryValue = string | number | boolean | null | undefined;

type ExportButtonsProps = {
  /** The list's export endpoint under /api/v1, e.g. '/org-units/export'. */
  path: string;
  /** The list's current filter, sent as it is. */
  query: Record<string, QueryValue>;
};

/**
 * "Xuất Excel" and "Xuất CSV" for a list: a small list downloads at once; a large one becomes a
 * background job (202), followed here every second until its file can be downloaded.
 */
export function ExportButtons({ path, query }: ExportButtonsProps) {
  const t = useT();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function exportAs(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      const res = await apiResponse(path, { query: { ...query, format } });
      if (res.status === 202) setJobId(((await res.json()) as { jobId: string }).jobId);
      else await saveResponseAsFile(res, `export.${format}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons">
      <div className="button-row">
        <Button onClick={() => void exportAs('xlsx')} busy={busy === 'xlsx'} disabled={busy !== null}>
          {t('export.xlsx')}
        </Button>
        <Button onClick={() => void exportAs('csv')} busy={busy === 'csv'} disabled={busy !== null}>
          {t('export.csv')}
        </Button>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {jobId ? (
        <div className="card export-job" aria-label={t('export.jobTitle')} role="region">
          <div className="section-head">
            <h2 className="section-title">{t('export.jobTitle')}</h2>
            <Button size="sm" variant="ghost" onClick={() => setJobId(null)}>
              {t('common.close')}
            </Button>
          </div>
          <p className="muted">{t('export.jobHint')}</p>
          <JobProgress jobId={jobId} label={t('export.jobTitle')} />
        </div>
      ) : null}
    </div>
  );
}
