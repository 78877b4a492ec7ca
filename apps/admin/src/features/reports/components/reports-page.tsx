import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { REPORT_STATUSES, type ReportForm } from '@lantoa/contracts/reporting';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { formatDateTime, todayIso } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatPeriod } from '../../../lib/periods.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useReportForms } from '../api/get-report-forms.ts';
import { useReports } from '../api/get-reports.ts';
import { useReportingUnit } from '../api/get-unit.ts';
import { completenessPath, defaultForm, entryPath, formAppliesTo, periodOptionsFor } from '../report-choice.ts';
import { useOwnUnit } from '../use-home-unit.ts';
import { FormSelect, PeriodSelect, UnitChoice } from './report-selectors.tsx';
import { ReportStatusBadge } from './report-status-badge.tsx';

const PAGE_SIZE = 20;

/** Where reports start: choose the form, period and unit to open; below, the reports in scope. */
export function ReportsPage() {
  const { t } = useI18n();
  const forms = useReportForms();
  return (
    <div className="page">
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      {forms.isPending ? (
        <Loading />
      ) : forms.isError ? (
        <ErrorAlert error={forms.error} onRetry={() => void forms.refetch()} />
      ) : forms.data.length === 0 ? (
        <EmptyState title={t('reports.list.empty')} />
      ) : (
        <ReportsView forms={forms.data} />
      )}
    </div>
  );
}

function ReportsView({ forms }: { forms: ReportForm[] }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params, update] = useSearchParamsState();
  const own = useOwnUnit();
  const unitId = params.get('unitId') ?? own?.id ?? null;
  const unitQuery = useReportingUnit(unitId);
  const unitType = unitQuery.data?.type;
  const unitName = unitQuery.data?.name ?? (unitId === own?.id ? own?.name : '') ?? '';

  const form = forms.find((f) => f.id === params.get('formId')) ?? defaultForm(forms, unitType)!;
  const { ids, current } = periodOptionsFor(form, todayIso());
  const period = pickParam(params.get('period'), ids, current);
  const applies = formAppliesTo(form, unitType);

  function open(e: FormEvent) {
    e.preventDefault();
    if (unitId) void navigate(entryPath(form.id, unitId, period));
  }

  return (
    <>
      <section className="card" aria-labelledby="reports-open">
        <h2 id="reports-open" className="section-title">
          {t('reports.open.title')}
        </h2>
        <p className="muted">{t('reports.open.hint')}</p>
        <form className="rpt-chooser" onSubmit={open} noValidate>
          <FormSelect
            forms={forms}
            value={form.id}
            onChange={(f) => update({ formId: f.id, period: null, page: null })}
          />
          <PeriodSelect form={form} value={period} onChange={(p) => update({ period: p })} />
          <UnitChoice
            label={t('reports.field.unit')}
            unit={unitId ? { id: unitId, name: unitName } : null}
            onChange={(u) => update({ unitId: u.id })}
          />
          <div className="rpt-chooser-actions">
            <Button type="submit" variant="primary" disabled={!unitId}>
              {t('reports.open.submit')}
            </Button>
            <ButtonLink to={completenessPath(form.id, period, params.get('unitId'))}>
              {t('reports.open.completeness')}
            </ButtonLink>
          </div>
        </form>
        {!applies && unitName ? <Alert tone="warning">{t('reports.open.notForUnit', { unit: unitName })}</Alert> : null}
      </section>
      <ReportList form={form} lang={lang} />
    </>
  );
}

function ReportList({ form, lang }: { form: ReportForm; lang: 'vi' | 'en' }) {
  const { t } = useI18n();
  const [params, update] = useSearchParamsState();
  const status = pickParam(params.get('status'), REPORT_STATUSES);
  const page = pageParam(params.get('page'));
  const list = useReports({ formId: form.id, status, page, pageSize: PAGE_SIZE });

  return (
    <section className="card" aria-labelledby="reports-list">
      <div className="section-head">
        <h2 id="reports-list" className="section-title">
          {t('reports.list.title')}
        </h2>
      </div>
      <div className="filters rpt-list-filters">
        <SelectField
          label={t('reports.field.status')}
          value={status ?? ''}
          placeholder={t('common.all')}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={status ? t('reports.list.emptyFiltered') : t('reports.list.empty')} />
      ) : (
        <>
          <div className="rpt-scroll" role="region" aria-labelledby="reports-list-caption" tabIndex={0}>
            <table className="rpt-table">
              <caption id="reports-list-caption" className="visually-hidden">
                {t('reports.list.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.col.unit')}</th>
                  <th scope="col">{t('reports.col.period')}</th>
                  <th scope="col">{t('reports.col.status')}</th>
                  <th scope="col">{t('reports.col.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={entryPath(r.formId, r.unitId, r.period)} className="strong-link">
                        {r.unitName}
                      </Link>
                    </th>
                    <td className="nowrap">{formatPeriod(r.period, lang)}</td>
                    <td>
                      <ReportStatusBadge status={r.status} />
                    </td>
                    <td className="nowrap">{r.submittedAt ? formatDateTime(r.submittedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPageChange={(p) => update({ page: p > 1 ? p : null })}
          />
        </>
      )}
    </section>
  );
}
