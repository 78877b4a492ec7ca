import { useState } from 'react';
import { Link } from 'react-router';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField, TextField } from '../../../components/ui/field.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { compareVi, foldText, formatDate, formatDateTime, formatNumber, todayIso } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatPeriod } from '../../../lib/periods.ts';
import { pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useCompleteness, type Completeness, type CompletenessUnit } from '../api/get-completeness.ts';
import { useReportForms } from '../api/get-report-forms.ts';
import { useReportingUnit } from '../api/get-unit.ts';
import { addDays, compareProgress, percentOf } from '../completeness.ts';
import { defaultForm, entryPath, periodOptionsFor } from '../report-choice.ts';
import { useScopeUnit } from '../use-home-unit.ts';
import { ReopenDialog } from './reopen-dialog.tsx';
import { FormSelect, PeriodSelect, UnitChoice } from './report-selectors.tsx';
import { asReportState, ReportStatusBadge } from './report-status-badge.tsx';

const SORTS = ['name', 'status', 'submitted'] as const;
type Sort = (typeof SORTS)[number];

/** Expected, submitted, on time and accepted for one form and period, and every unit's state. */
export function CompletenessPage() {
  const { t } = useI18n();
  const forms = useReportForms();
  return (
    <div className="page">
      <PageHeader title={t('reports.completeness.title')} subtitle={t('reports.completeness.subtitle')}>
        <nav aria-label={t('reports.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/reports">{t('reports.title')}</Link>
            </li>
            <li aria-current="page">{t('reports.completeness.title')}</li>
          </ol>
        </nav>
      </PageHeader>
      {forms.isPending ? (
        <Loading />
      ) : forms.isError ? (
        <ErrorAlert error={forms.error} onRetry={() => void forms.refetch()} />
      ) : forms.data.length === 0 ? (
        <EmptyState title={t('reports.list.empty')} />
      ) : (
        <CompletenessView forms={forms.data} />
      )}
    </div>
  );
}

function CompletenessView({ forms }: { forms: ReportForm[] }) {
  const { t } = useI18n();
  const [params, update] = useSearchParamsState();
  const scope = useScopeUnit('report:read');
  const unitParam = params.get('unitId');
  const unitQuery = useReportingUnit(unitParam);
  const unit = unitParam ? { id: unitParam, name: unitQuery.data?.name ?? '' } : scope;

  const form = forms.find((f) => f.id === params.get('formId')) ?? defaultForm(forms, 'ward')!;
  const { ids, current } = periodOptionsFor(form, todayIso());
  const period = pickParam(params.get('period'), ids, current);
  const query = useCompleteness({ formId: form.id, period, unitId: unitParam ?? undefined });

  return (
    <>
      <section className="card filters rpt-filters" aria-label={t('common.filters')}>
        <FormSelect forms={forms} value={form.id} onChange={(f) => update({ formId: f.id, period: null })} />
        <PeriodSelect form={form} value={period} onChange={(p) => update({ period: p })} />
        <UnitChoice label={t('reports.field.unit')} unit={unit} onChange={(u) => update({ unitId: u.id })} />
      </section>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CompletenessResult data={query.data} form={form} />
      )}
    </>
  );
}

function Stat({
  label,
  value,
  total,
  alarm = false,
}: {
  label: string;
  value: number;
  total?: number;
  alarm?: boolean;
}) {
  const { t } = useI18n();
  const pct = total === undefined ? null : percentOf(value, total);
  return (
    <li className="rpt-stat">
      <span className="rpt-stat-label">{label}</span>
      <span className="rpt-stat-value">{formatNumber(value)}</span>
      {pct !== null && total !== undefined ? (
        <>
          <span className="rpt-bar" aria-hidden="true">
            <span className={alarm ? 'rpt-bar-fill rpt-bar-alarm' : 'rpt-bar-fill'} style={{ width: `${pct}%` }} />
          </span>
          <span className="rpt-stat-sub">
            {t('reports.completeness.ofExpected', { n: formatNumber(value), total: formatNumber(total) })} ·{' '}
            {t('reports.completeness.percent', { value: formatNumber(pct) })}
          </span>
        </>
      ) : null}
    </li>
  );
}

function Timeliness({ unit }: { unit: CompletenessUnit }) {
  const { t } = useI18n();
  if (unit.onTime === true) return <Badge tone="green">{t('reports.completeness.notLate')}</Badge>;
  if (unit.onTime === false) return <Badge tone="amber">{t('reports.completeness.lateFlag')}</Badge>;
  if (unit.late) return <Badge tone="red">{t('reports.overdue')}</Badge>;
  return <Badge tone="neutral">{t('reports.completeness.pending')}</Badge>;
}

function CompletenessResult({ data, form }: { data: Completeness; form: ReportForm }) {
  const { t, lang } = useI18n();
  const [params, update] = useSearchParamsState();
  const canManage = useCan('report:manage');
  const [text, setText] = useState('');
  const [reopening, setReopening] = useState<CompletenessUnit | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const onlyMissing = params.get('missing') === '1';
  const sort = pickParam(params.get('sort'), SORTS, 'name');
  const order = pickParam(params.get('order'), ['asc', 'desc'] as const, 'asc');
  const closes = addDays(data.deadline, form.lateDays);
  const pastDeadline = todayIso() > data.deadline;
  const periodLabel = formatPeriod(data.period, lang);

  const needle = foldText(text.trim());
  const dir = order === 'asc' ? 1 : -1;
  const by: Record<Sort, (a: CompletenessUnit, b: CompletenessUnit) => number> = {
    name: (a, b) => compareVi(a.unitName, b.unitName),
    status: (a, b) => compareProgress(a.status, b.status),
    submitted: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  };
  const rows = data.units
    .filter((u) => (!onlyMissing || u.status === 'none') && (!needle || foldText(u.unitName).includes(needle)))
    .sort((a, b) => by[sort](a, b) * dir || compareVi(a.unitName, b.unitName));

  function sortButton(key: Sort, label: string) {
    const active = sort === key;
    return (
      <button
        type="button"
        className="sort-button"
        onClick={() => update({ sort: key, order: active && order === 'asc' ? 'desc' : 'asc' })}
        title={t('table.sortBy', { column: label })}
      >
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    );
  }
  const ariaSort = (key: Sort): 'ascending' | 'descending' | undefined =>
    sort === key ? (order === 'asc' ? 'ascending' : 'descending') : undefined;

  return (
    <>
      <section className="card" aria-labelledby="completeness-summary">
        <div className="section-head">
          <h2 id="completeness-summary" className="section-title">
            {t('reports.completeness.summary')} — {periodLabel}
          </h2>
          <p className="muted">
            {t('reports.completeness.deadline', { deadline: formatDate(data.deadline), closes: formatDate(closes) })}
          </p>
        </div>
        <ul className="rpt-stats">
          <Stat label={t('reports.completeness.expected')} value={data.expected} />
          <Stat label={t('reports.completeness.submitted')} value={data.submitted} total={data.expected} />
          <Stat label={t('reports.completeness.onTime')} value={data.onTime} total={data.expected} />
          <Stat label={t('reports.completeness.accepted')} value={data.accepted} total={data.expected} />
          <Stat
            label={t('reports.completeness.missing')}
            value={data.expected - data.submitted}
            total={data.expected}
            alarm
          />
        </ul>
      </section>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <section className="card" aria-labelledby="completeness-units">
        <h2 id="completeness-units" className="section-title">
          {t('reports.completeness.units', { count: formatNumber(data.units.length) })}
        </h2>
        <div className="rpt-unit-filters">
          <TextField
            label={t('reports.completeness.search')}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <CheckboxField
            label={t('reports.completeness.onlyMissing')}
            checked={onlyMissing}
            onChange={(e) => update({ missing: e.target.checked ? '1' : null })}
          />
        </div>
        {data.units.length === 0 ? (
          <EmptyState title={t('reports.completeness.empty')} />
        ) : rows.length === 0 ? (
          <EmptyState title={t('reports.completeness.emptyFiltered')} />
        ) : (
          <div className="rpt-scroll" role="region" aria-labelledby="completeness-caption" tabIndex={0}>
            <table className="rpt-table">
              <caption id="completeness-caption" className="visually-hidden">
                {t('reports.completeness.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort('name')}>
                    {sortButton('name', t('reports.col.unit'))}
                  </th>
                  <th scope="col" aria-sort={ariaSort('status')}>
                    {sortButton('status', t('reports.col.status'))}
                  </th>
                  <th scope="col" aria-sort={ariaSort('submitted')}>
                    {sortButton('submitted', t('reports.col.submittedAt'))}
                  </th>
                  <th scope="col">{t('reports.col.timeliness')}</th>
                  {canManage && pastDeadline ? <th scope="col">{t('reports.col.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.unitId} className={u.status === 'none' ? 'rpt-row-missing' : undefined}>
                    <th scope="row">
                      <Link to={entryPath(data.formId, u.unitId, data.period)}>{u.unitName}</Link>
                    </th>
                    <td>
                      <ReportStatusBadge status={asReportState(u.status)} />
                    </td>
                    <td className="nowrap">{u.submittedAt ? formatDateTime(u.submittedAt) : '—'}</td>
                    <td>
                      <Timeliness unit={u} />
                    </td>
                    {canManage && pastDeadline ? (
                      <td>
                        <Button
                          size="sm"
                          onClick={() => {
                            setDone(null);
                            setReopening(u);
                          }}
                          aria-label={t('reports.reopen.buttonNamed', { unit: u.unitName })}
                        >
                          {t('reports.reopen.button')}
                        </Button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ReopenDialog
        unit={reopening}
        formId={data.formId}
        formName={form.name}
        period={data.period}
        periodLabel={periodLabel}
        onClose={() => setReopening(null)}
        onDone={(unitName, until) => {
          setReopening(null);
          setDone(t('reports.reopen.done', { unit: unitName, date: formatDate(until) }));
        }}
      />
    </>
  );
}
