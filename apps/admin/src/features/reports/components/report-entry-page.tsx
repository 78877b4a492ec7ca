import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '../../../components/ui/badge.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatPeriod } from '../../../lib/periods.ts';
import { useReportEntry } from '../api/get-report-entry.ts';
import { useReportForms } from '../api/get-report-forms.ts';
import { completenessPath } from '../report-choice.ts';
import { EntryForm } from './entry-form.tsx';
import { ReportHistory } from './report-history.tsx';
import { asReportState, ReportStatusBadge } from './report-status-badge.tsx';
import { WindowInfo } from './window-info.tsx';

/** One unit's report for one period: why it is locked, its figures, its next steps, its history. */
export function ReportEntryPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const formId = params.get('formId') ?? '';
  const unitId = params.get('unitId') ?? '';
  const period = params.get('period') ?? '';
  const forms = useReportForms();
  const entry = useReportEntry({ formId, unitId, period });
  const [notice, setNotice] = useState<string | null>(null);
  const canSeeCompleteness = useCan('report:read');

  const crumbs = (
    <nav aria-label={t('reports.breadcrumbs')} className="breadcrumbs">
      <ol>
        <li>
          <Link to="/reports">{t('reports.entry.back')}</Link>
        </li>
        <li aria-current="page">{entry.data?.formName ?? formatPeriod(period, lang)}</li>
      </ol>
    </nav>
  );

  if (!formId || !unitId || !period) {
    return (
      <div className="page">
        <PageHeader title={t('reports.title')}>{crumbs}</PageHeader>
        <EmptyState title={t('reports.entry.missing')}>
          <ButtonLink to="/reports">{t('reports.entry.back')}</ButtonLink>
        </EmptyState>
      </div>
    );
  }

  if (entry.isPending || forms.isPending) {
    return (
      <div className="page">
        <PageHeader title={t('reports.title')}>{crumbs}</PageHeader>
        <Loading />
      </div>
    );
  }
  if (entry.isError || forms.isError) {
    return (
      <div className="page">
        <PageHeader title={t('reports.title')}>{crumbs}</PageHeader>
        <ErrorAlert
          error={entry.error ?? forms.error}
          onRetry={() => {
            void entry.refetch();
            void forms.refetch();
          }}
        />
      </div>
    );
  }

  const view = entry.data;
  const form = forms.data.find((f) => f.id === view.formId);
  const periodLabel = formatPeriod(view.period, lang);
  const state = view.status === null ? null : asReportState(view.status);

  return (
    <div className="page">
      <PageHeader
        title={view.formName}
        subtitle={t('reports.entry.subtitle', { unit: view.unitName, period: periodLabel })}
        actions={
          canSeeCompleteness ? (
            <ButtonLink to={completenessPath(view.formId, view.period)} size="sm">
              {t('reports.open.completeness')}
            </ButtonLink>
          ) : null
        }
      >
        {crumbs}
      </PageHeader>
      <div className="badge-row rpt-status-row">
        {state ? <ReportStatusBadge status={state} /> : <Badge tone="neutral">{t('reports.status.new')}</Badge>}
        {view.revision > 1 ? <Badge tone="purple">{t('reports.revision', { n: view.revision })}</Badge> : null}
        {view.onTime === true ? <Badge tone="green">{t('reports.onTime')}</Badge> : null}
        {view.onTime === false ? <Badge tone="amber">{t('reports.late')}</Badge> : null}
        {view.onTime === null && view.window.open && view.window.late ? (
          <Badge tone="amber">{t('reports.lateWindow')}</Badge>
        ) : null}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <WindowInfo entry={view} />
      {form ? (
        <EntryForm
          entry={view}
          form={form}
          periodLabel={periodLabel}
          onNotice={setNotice}
          onReload={() => void entry.refetch()}
        />
      ) : (
        <ErrorAlert error={new Error(t('error.NOT_FOUND'))} />
      )}
      <ReportHistory history={view.history} />
    </div>
  );
}
