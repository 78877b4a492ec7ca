import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { DocumentButton } from '../../../components/document-button.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCan } from '../../../lib/auth.tsx';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { Narrative, ProgrammeReport } from '../api/get-programme-report.ts';
import { useIssueProgrammeReport } from '../api/issue-programme-report.ts';
import { useUpdateProgrammeReport } from '../api/update-programme-report.ts';
import { isSameNarrative, NARRATIVE_LIMITS, normaliseNarrative } from '../narrative-draft.ts';
import { slotKey, splitReport, unplacedSlots } from '../report-sections.ts';
import { REPORT_YEARS } from '../report-years.ts';
import { NarrativeField } from './narrative-field.tsx';
import { ReportDocument } from './report-document.tsx';
import { useUnsavedChangesGuard } from './unsaved-changes-guard.tsx';

/** The calendar day in Vietnam on which a timestamp falls, as dd/mm/yyyy. */
function dayOf(timestamp: string): string {
  return formatDate(todayIso(new Date(timestamp)));
}

export function ReportStatusBadge({ report }: { report: Pick<ProgrammeReport, 'status' | 'issuedAt'> }) {
  const t = useT();
  return report.status === 'issued' && report.issuedAt ? (
    <Badge tone="green">{t('programmeReport.status.issued', { date: dayOf(report.issuedAt) })}</Badge>
  ) : (
    <Badge tone="amber">{t('programmeReport.status.draft')}</Badge>
  );
}

/** The title, the report's state and what may be done with it, and the year to look at. */
export function ReportHeader({
  year,
  subtitle,
  actions,
}: {
  year: number;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('programmeReport.title', { year })} subtitle={subtitle} actions={actions} />
      <div className="programme-report-year">
        <SelectField
          label={t('programmeReport.year')}
          value={String(year)}
          options={REPORT_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => void navigate(`/programme-report/${e.target.value}`)}
        />
      </div>
    </>
  );
}

type WorkspaceProps = {
  /** The report as the cache holds it now. */
  report: ProgrammeReport;
  notice: string | null;
  onDismissNotice: () => void;
  /** Shows a message and starts over from the report now in the cache (after our own change). */
  onRestart: (notice: string) => void;
  /** Fetches the newest report and starts over from it, dropping what was typed. */
  onReload: () => Promise<void>;
};

/**
 * One year's report. The narrative is edited from the version the screen was opened with: a save
 * names that version, so that someone else's save in between is never overwritten unseen.
 */
export function ReportWorkspace({ report, notice, onDismissNotice, onRestart, onReload }: WorkspaceProps) {
  const t = useT();
  const canManage = useCan('report:manage');
  const [base] = useState(report);
  const editable = canManage && base.status === 'draft';
  const [draft, setDraft] = useState<Narrative>(base.narrative);
  const dirty = editable && !isSameNarrative(draft, base.narrative);
  const save = useUpdateProgrammeReport(base.year);
  const issue = useIssueProgrammeReport(base.year);
  const [issuing, setIssuing] = useState(false);
  const [reloading, setReloading] = useState(false);
  const guard = useUnsavedChangesGuard(dirty);
  const stale = report.lockVersion !== base.lockVersion && !save.isPending && !save.isSuccess && !issue.isSuccess;

  const parts = useMemo(() => splitReport(base.document.body), [base.document]);
  const firstArea = parts.find((p) => p.slot?.kind === 'taskArea')?.slot;
  const firstAreaNumber = firstArea?.kind === 'taskArea' ? firstArea.number : null;
  const unplaced = editable ? unplacedSlots(parts, Object.keys(base.narrative.taskAreas)) : [];

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(
      { ...normaliseNarrative(draft), lockVersion: base.lockVersion },
      { onSuccess: () => onRestart('programmeReport.saved') },
    );
  }

  async function reload() {
    setReloading(true);
    await onReload();
  }

  const conflict = isApiError(save.error, 'VERSION_CONFLICT');
  const locked = isApiError(save.error, 'TRANSITION_NOT_ALLOWED');
  const issuedOn = base.status === 'issued' && base.issuedAt ? dayOf(base.issuedAt) : null;

  const field = (name: 'number' | 'signerTitle' | 'signerName', label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      value={draft[name]}
      maxLength={NARRATIVE_LIMITS[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
    />
  );

  const document = (
    <ReportDocument
      document={base.document}
      parts={parts}
      notes={
        editable
          ? {
              head: field(
                'number',
                t('programmeReport.field.number'),
                t('programmeReport.field.numberHint', { symbol: base.document.header.symbol }),
              ),
              slot: (slot) => (
                <NarrativeField
                  slot={slot}
                  draft={draft}
                  onChange={setDraft}
                  withHint={slot.kind !== 'taskArea' || slot.number === firstAreaNumber}
                />
              ),
              closing: (
                <>
                  {field('signerTitle', t('programmeReport.field.signerTitle'), t('programmeReport.field.signerTitleHint'))}
                  {field('signerName', t('programmeReport.field.signerName'), t('programmeReport.field.signerNameHint'))}
                </>
              ),
            }
          : null
      }
    />
  );

  return (
    <>
      <ReportHeader
        year={base.year}
        subtitle={<ReportStatusBadge report={base} />}
        actions={
          <>
            {editable ? (
              <Button variant="primary" onClick={() => setIssuing(true)} disabled={dirty || stale}>
                {t('programmeReport.issue')}
              </Button>
            ) : null}
            <DocumentButton
              path={`/programme-reports/${base.year}/render`}
              label={t('programmeReport.render')}
              hint={dirty ? t('programmeReport.renderUnsaved') : undefined}
            />
          </>
        }
      />
      {notice ? (
        <Alert tone="success">
          <p>{t(notice)}</p>
          <Button size="sm" variant="ghost" onClick={onDismissNotice}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <p className="programme-report-explain">
        {issuedOn
          ? t('programmeReport.explain.issued', { date: issuedOn })
          : editable
            ? t('programmeReport.explain.edit')
            : t('programmeReport.explain.read')}
      </p>
      {editable && dirty ? <p className="field-hint">{t('programmeReport.issue.saveFirst')}</p> : null}
      {stale ? (
        <Alert tone="info">
          <p>{t('programmeReport.stale')}</p>
          <Button size="sm" onClick={() => void reload()} busy={reloading}>
            {t('programmeReport.conflict.load')}
          </Button>
        </Alert>
      ) : null}
      {editable ? (
        <form className="stack" onSubmit={submit} noValidate aria-label={t('programmeReport.form')}>
          {document}
          {unplaced.length > 0 ? (
            <section className="card" aria-labelledby="programme-report-unplaced">
              <h2 id="programme-report-unplaced" className="section-title">
                {t('programmeReport.unplaced')}
              </h2>
              <p className="muted">{t('programmeReport.unplacedHint')}</p>
              {unplaced.map((slot) => (
                <NarrativeField key={slotKey(slot)} slot={slot} draft={draft} onChange={setDraft} />
              ))}
            </section>
          ) : null}
          {/* Kept in reach at the bottom of the screen while there is something to save. */}
          <div className={dirty ? 'card programme-report-savebar is-dirty' : 'card programme-report-savebar'}>
            {conflict ? (
              <div className="alert alert-warning" role="alert">
                <p className="alert-title">{t('programmeReport.conflict.title')}</p>
                <p>{t('programmeReport.conflict.body')}</p>
                <Button size="sm" onClick={() => void reload()} busy={reloading}>
                  {t('programmeReport.conflict.load')}
                </Button>
              </div>
            ) : locked ? (
              <div className="alert alert-warning" role="alert">
                <p className="alert-title">{t('programmeReport.locked.title')}</p>
                <p>{t('programmeReport.locked.body')}</p>
                <Button size="sm" onClick={() => void reload()} busy={reloading}>
                  {t('programmeReport.locked.view')}
                </Button>
              </div>
            ) : save.isError ? (
              <ErrorAlert error={save.error} />
            ) : null}
            <div className="form-actions">
              <Button type="submit" variant="primary" busy={save.isPending} disabled={conflict || locked || !dirty}>
                {t('programmeReport.save')}
              </Button>
              <span className="muted small" aria-live="polite">
                {dirty ? t('programmeReport.unsaved.marker') : t('programmeReport.unsaved.none')}
              </span>
            </div>
          </div>
        </form>
      ) : (
        document
      )}
      <ConfirmDialog
        open={issuing}
        title={t('programmeReport.issue.title', { year: base.year })}
        confirmLabel={t('programmeReport.issue.confirm')}
        busy={issue.isPending}
        footer={issue.isError ? <ErrorAlert error={issue.error} /> : null}
        onCancel={() => {
          issue.reset();
          setIssuing(false);
        }}
        onConfirm={() =>
          issue.mutate(base.lockVersion, {
            onSuccess: () => {
              setIssuing(false);
              onRestart('programmeReport.issued');
            },
          })
        }
      >
        <p>{t('programmeReport.issue.body')}</p>
      </ConfirmDialog>
      {guard}
    </>
  );
}
