import { useState } from 'react';
import { SUPPORT_SERVICES, type SupportSummary } from '@lantoa/contracts/cdt';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatDate, formatNumber, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useSupportSummary } from '../api/get-summary.ts';
import { CdtTabs } from './cdt-tabs.tsx';

type CommuneLine = SupportSummary['communes'][number];
type MonthLine = SupportSummary['months'][number];

const FIRST_YEAR = 2023;

/** People helped per service, per commune and month, on the structure of the period's end. */
export function SummaryPage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const thisYear = Number(todayIso().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const month = Number(params.get('month')) || undefined;
  const [unit, setUnit] = useState<PickedUnit | null>(params.get('unitId') ? { id: params.get('unitId')!, name: params.get('unitName') ?? '' } : null);
  const query = useSupportSummary({ year, month, unitId: unit?.id });

  const serviceColumns = SUPPORT_SERVICES.map((s) => ({
    key: s,
    header: t(`cdt.service.${s}`),
    className: 'cell-num',
    render: (r: CommuneLine | MonthLine) => formatNumber(r[s]),
  }));
  const communeColumns: Column<CommuneLine>[] = [
    { key: 'name', header: t('cdt.summary.commune'), primary: true, className: 'cdt-nowrap', render: (r) => r.name },
    { key: 'teams', header: t('cdt.summary.teams'), className: 'cell-num', render: (r) => formatNumber(r.teams) },
    { key: 'without', header: t('cdt.summary.teamsWithoutLog'), className: 'cell-num', render: (r) => formatNumber(r.teamsWithoutLog) },
    { key: 'logs', header: t('cdt.summary.logs'), className: 'cell-num', render: (r) => formatNumber(r.logs) },
    ...serviceColumns,
    { key: 'total', header: t('cdt.summary.people'), className: 'cell-num', render: (r) => <strong>{formatNumber(r.total)}</strong> },
  ];
  const monthColumns: Column<MonthLine>[] = [
    { key: 'month', header: t('cdt.summary.monthCol'), primary: true, className: 'cdt-nowrap', render: (r) => t('cdt.summary.monthN', { n: r.month }) },
    { key: 'logs', header: t('cdt.summary.logs'), className: 'cell-num', render: (r) => formatNumber(r.logs) },
    ...serviceColumns,
    { key: 'total', header: t('cdt.summary.people'), className: 'cell-num', render: (r) => <strong>{formatNumber(r.total)}</strong> },
  ];

  const years = Array.from({ length: Math.max(thisYear, 2025) - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).reverse();
  return (
    <div className="page">
      <PageHeader title={t('cdt.summary.title')} subtitle={t('cdt.summary.subtitle')} />
      <CdtTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('cdt.summary.year')} value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => update({ year: e.target.value })} />
        <SelectField
          label={t('cdt.summary.month')}
          value={month ? String(month) : ''}
          placeholder={t('cdt.summary.wholeYear')}
          options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t('cdt.summary.monthN', { n: i + 1 }) }))}
          onChange={(e) => update({ month: e.target.value })}
        />
        <UnitPicker
          label={t('cdt.summary.unit')}
          hint={t('cdt.summary.unitHint')}
          value={unit}
          onChange={(u) => {
            setUnit(u);
            update({ unitId: u?.id ?? null, unitName: u?.name ?? null });
          }}
        />
      </section>
      <QueryState query={query}>
        {(s) =>
          s.communes.length === 0 ? (
            <EmptyState title={t('cdt.summary.empty')} />
          ) : (
            <>
              <p className="field-hint">{t('cdt.summary.asOf', { date: formatDate(s.asOf) })}</p>
              <dl className="cdt-kpis">
                <div>
                  <dt>{t('cdt.summary.people')}</dt>
                  <dd>{formatNumber(s.totals.total)}</dd>
                </div>
                <div>
                  <dt>{t('cdt.summary.logs')}</dt>
                  <dd>{formatNumber(s.totals.logs)}</dd>
                </div>
                {SUPPORT_SERVICES.map((k) => (
                  <div key={k}>
                    <dt>{t(`cdt.service.${k}`)}</dt>
                    <dd>{formatNumber(s.totals[k])}</dd>
                  </div>
                ))}
                <div>
                  <dt>{t('cdt.summary.teamsWithoutLog')}</dt>
                  <dd>{formatNumber(s.teamsWithoutLogTotal)}</dd>
                </div>
              </dl>
              <section className="stack">
                <h2 className="section-title">{t('cdt.summary.byCommune')}</h2>
                <Table caption={t('cdt.summary.byCommune')} columns={communeColumns} rows={s.communes} rowKey={(r) => r.unitId} />
              </section>
              {s.months.length > 1 ? (
                <section className="stack">
                  <h2 className="section-title">{t('cdt.summary.byMonth')}</h2>
                  <Table caption={t('cdt.summary.byMonth')} columns={monthColumns} rows={s.months} rowKey={(r) => String(r.month)} />
                </section>
              ) : null}
              {s.teamsWithoutLogTotal > 0 ? (
                <section className="stack">
                  <h2 className="section-title">{t('cdt.summary.withoutLog', { count: formatNumber(s.teamsWithoutLogTotal) })}</h2>
                  <ul className="cdt-log-list">
                    {s.teamsWithoutLog.map((x) => (
                      <li key={x.id}>
                        {x.name} — {x.communeName}
                      </li>
                    ))}
                  </ul>
                  {s.teamsWithoutLogTotal > s.teamsWithoutLog.length ? <p>{t('cdt.summary.withoutLogMore', { count: formatNumber(s.teamsWithoutLogTotal - s.teamsWithoutLog.length) })}</p> : null}
                </section>
              ) : null}
            </>
          )
        }
      </QueryState>
    </div>
  );
}
