import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { compareVi, formatDate, formatNumber } from '../../../lib/format.ts';
import { hasMessage, useI18n } from '../../../lib/i18n.tsx';
import { pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import type { Breakdown, BreakdownRow } from '../api/get-breakdown.ts';
import type { DashboardIndicator } from '../api/get-dashboard.ts';
import { breakdownRows, downloadBreakdownXlsx, safeFileName } from '../export-breakdown.ts';
import { formatIndicatorTarget, formatIndicatorValue } from '../indicator-format.ts';

const SORTS = ['name', 'value'] as const;
type Sort = (typeof SORTS)[number];

export function sortBreakdown(rows: readonly BreakdownRow[], sort: Sort, order: 'asc' | 'desc'): BreakdownRow[] {
  const dir = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort === 'value') {
      // Units without a figure go last whichever way the values run.
      if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
      return (a.value - b.value) * dir || compareVi(a.unitName, b.unitName);
    }
    return compareVi(a.unitName, b.unitName) * dir;
  });
}

/**
 * The target for each unit directly under the chosen one, sortable, the lagging ones marked;
 * a unit with units under it opens them. Exports to .xlsx as shown.
 */
export function BreakdownTable({
  data,
  indicator,
  unitName,
  linkTo,
}: {
  data: Breakdown;
  indicator: DashboardIndicator;
  unitName: string;
  linkTo: (row: BreakdownRow) => { to: string; state: unknown };
}) {
  const { t, lang } = useI18n();
  const [params, update] = useSearchParamsState();
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const sort = pickParam(params.get('sort'), SORTS, 'name');
  const order = pickParam(params.get('order'), ['asc', 'desc'] as const, 'asc');
  const rows = sortBreakdown(data.rows, sort, order);
  const isRatio = indicator.aggregation === 'ratio';
  const lagging = rows.filter((r) => r.lagging).length;
  const typeLabel = (type: string) => (hasMessage(`unitType.${type}`) ? t(`unitType.${type}`) : type);
  const headers = [
    t('dashboard.breakdown.unit'),
    t('dashboard.breakdown.code'),
    t('dashboard.breakdown.type'),
    t('dashboard.breakdown.value', { unit: indicator.unitLabel }),
    t('dashboard.breakdown.numerator'),
    t('dashboard.breakdown.denominator'),
    t('dashboard.breakdown.state'),
  ];

  async function exportXlsx() {
    setExporting(true);
    setExportError(null);
    try {
      await downloadBreakdownXlsx({
        title: `${t('dashboard.targetNumber', { n: indicator.targetNumber ?? indicator.code })}: ${indicator.name}`,
        meta: t('dashboard.breakdown.exportMeta', {
          unit: unitName,
          year: data.year,
          date: formatDate(data.structureDate),
          target: formatIndicatorTarget(data.target, indicator.targetMax, indicator.unitLabel, lang),
        }),
        headers,
        rows: breakdownRows(rows, {
          type: typeLabel,
          lagging: t('dashboard.breakdown.lagging'),
          onTrack: isRatio && data.target !== null ? t('dashboard.status.met') : '',
        }),
        fileName: `${safeFileName(`chi-tieu-${data.code}-${data.year}-${unitName}`)}.xlsx`,
      });
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  }

  function sortHeader(key: Sort, label: string) {
    const active = sort === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
        className={key === 'value' ? 'cell-num' : undefined}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            update({
              sort: key,
              order: active && order === 'asc' ? 'desc' : key === 'value' && !active ? 'desc' : 'asc',
            })
          }
          title={t('table.sortBy', { column: label })}
        >
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  }

  return (
    <section className="card" aria-labelledby="dash-breakdown">
      <div className="section-head">
        <h2 id="dash-breakdown" className="section-title">
          {t('dashboard.breakdown.title', { unit: unitName })}
        </h2>
        {rows.length ? (
          <Button size="sm" onClick={() => void exportXlsx()} busy={exporting}>
            {t('dashboard.breakdown.export')}
          </Button>
        ) : null}
      </div>
      {exportError ? <ErrorAlert error={exportError} /> : null}
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.breakdown.empty')}</p>
      ) : (
        <>
          {isRatio && data.target !== null ? (
            <p className="muted small">
              {t('dashboard.breakdown.laggingCount', { n: formatNumber(lagging), total: formatNumber(rows.length) })}
            </p>
          ) : null}
          <div className="dash-scroll" role="region" aria-labelledby="dash-breakdown-caption" tabIndex={0}>
            <table className="dash-table">
              <caption id="dash-breakdown-caption" className="visually-hidden">
                {t('dashboard.breakdown.caption', { name: indicator.name, unit: unitName, year: data.year })}
              </caption>
              <thead>
                <tr>
                  {sortHeader('name', headers[0]!)}
                  {sortHeader('value', t('dashboard.breakdown.valueShort'))}
                  <th scope="col" className="cell-num">
                    {headers[4]}
                  </th>
                  <th scope="col" className="cell-num">
                    {headers[5]}
                  </th>
                  <th scope="col">{headers[6]}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const link = linkTo(r);
                  return (
                    <tr key={r.unitId} className={r.lagging ? 'dash-row-lagging' : undefined}>
                      <th scope="row">
                        <Link to={link.to} state={link.state}>
                          {r.unitName}
                        </Link>
                        {r.hasChildren ? (
                          <span className="muted small"> · {t('dashboard.breakdown.hasChildren')}</span>
                        ) : null}
                      </th>
                      <td className="cell-num strong">{formatIndicatorValue(r.value, indicator.unitLabel, lang)}</td>
                      <td className="cell-num">{formatNumber(r.numerator)}</td>
                      <td className="cell-num">{r.denominator === null ? '—' : formatNumber(r.denominator)}</td>
                      <td>
                        {r.lagging ? (
                          <span className="badge badge-red">{t('dashboard.breakdown.lagging')}</span>
                        ) : r.value === null ? (
                          <span className="muted">{t('dashboard.noData')}</span>
                        ) : isRatio && data.target !== null ? (
                          <span className="badge badge-green">{t('dashboard.status.met')}</span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
