import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatPeriod } from '../../../lib/periods.ts';
import type { Dashboard } from '../api/get-dashboard.ts';

type Row = Dashboard['completeness'][number];

function percent(n: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((n / total) * 100)) : 0;
}

function Count({ n, total, bar = false }: { n: number; total: number; bar?: boolean }) {
  const pct = percent(n, total);
  return (
    <>
      <span className="dash-count">
        {formatNumber(n)} <span className="muted">({formatNumber(pct)} %)</span>
      </span>
      {bar ? (
        <span className="dash-bar-track" aria-hidden="true">
          <span className={pct >= 100 ? 'dash-bar-fill dash-bar-full' : 'dash-bar-fill'} style={{ width: `${pct}%` }} />
        </span>
      ) : null}
    </>
  );
}

/**
 * Reporting completeness for the year: per form and period, how many units had to report, how
 * many did, on time, and how many reports the standing agency accepted.
 */
export function CompletenessPanel({
  rows,
  unitId,
  canOpen,
}: {
  rows: Dashboard['completeness'];
  unitId: string;
  canOpen: boolean;
}) {
  const { t, lang } = useI18n();
  const forms = [...new Map(rows.map((r) => [r.formId, r.formName])).entries()];
  const link = (r: Row) =>
    `/reports/completeness?${new URLSearchParams({ formId: r.formId, period: r.period, unitId }).toString()}`;
  return (
    <section className="card" aria-labelledby="dash-completeness">
      <h2 id="dash-completeness" className="section-title">
        {t('dashboard.completeness.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.completeness.empty')}</p>
      ) : (
        forms.map(([formId, formName]) => (
          <div key={formId} className="dash-completeness-form">
            <h3 className="dash-subtitle" id={`dc-${formId}`}>
              {formName}
            </h3>
            <div className="dash-scroll" role="region" aria-labelledby={`dc-${formId}`} tabIndex={0}>
              <table className="dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.completeness.period')}</th>
                    <th scope="col" className="cell-num">
                      {t('dashboard.completeness.expected')}
                    </th>
                    <th scope="col" className="dash-col-bar">
                      {t('dashboard.completeness.submitted')}
                    </th>
                    <th scope="col">{t('dashboard.completeness.onTime')}</th>
                    <th scope="col">{t('dashboard.completeness.accepted')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows
                    .filter((r) => r.formId === formId)
                    .map((r) => (
                      <tr key={r.period}>
                        <th scope="row" className="nowrap">
                          {canOpen ? (
                            <Link
                              to={link(r)}
                              aria-label={t('dashboard.completeness.open', { period: formatPeriod(r.period, lang) })}
                            >
                              {formatPeriod(r.period, lang)}
                            </Link>
                          ) : (
                            formatPeriod(r.period, lang)
                          )}
                        </th>
                        <td className="cell-num">{formatNumber(r.expected)}</td>
                        <td className="dash-col-bar">
                          <Count n={r.submitted} total={r.expected} bar />
                        </td>
                        <td className="nowrap">
                          <Count n={r.onTime} total={r.expected} />
                        </td>
                        <td className="nowrap">
                          <Count n={r.accepted} total={r.expected} />
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </div>
        ))
      )}
    </section>
  );
}
