import { useState, type ReactNode } from 'react';
import { apiFetch } from '../lib/api-client.ts';
import { useT } from '../lib/i18n.tsx';
import { JobProgress } from './job-progress.tsx';
import { Button } from './ui/button.tsx';
import { ErrorAlert } from './ui/error-alert.tsx';

type DocumentButtonProps = {
  /** The render endpoint under /api/v1, e.g. '/plans/<id>/render'; it answers 202 { jobId }. */
  path: string;
  /** The button's wording; "Xuất văn bản (Word, PDF)" unless a screen words it its own way. */
  label?: string;
  /** Said above the progress, e.g. that what has not been saved is not in the files. */
  hint?: ReactNode;
};

/**
 * Makes the official document (DOCX and PDF) of what the screen shows. The server renders it in
 * a background job; its progress is followed here, then both files can be downloaded.
 */
export function DocumentButton({ path, label, hint }: DocumentButtonProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function render() {
    setBusy(true);
    setError(null);
    try {
      const { jobId: id } = await apiFetch<{ jobId: string }>(path, { method: 'POST' });
      setJobId(id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-buttons">
      <Button onClick={() => void render()} busy={busy}>
        {label ?? t('document.render')}
      </Button>
      {error ? <ErrorAlert error={error} /> : null}
      {jobId ? (
        <div className="card export-job" aria-label={t('document.jobTitle')} role="region">
          <div className="section-head">
            <h2 className="section-title">{t('document.jobTitle')}</h2>
            <Button size="sm" variant="ghost" onClick={() => setJobId(null)}>
              {t('common.close')}
            </Button>
          </div>
          <p className="muted">{hint ?? t('document.jobHint')}</p>
          {/* A new job is a new component, so that the previous job's outcome is not shown for it. */}
          <JobProgress key={jobId} jobId={jobId} label={t('document.jobTitle')} />
        </div>
      ) : null}
    </div>
  );
}
