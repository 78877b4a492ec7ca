import { CASE_CATEGORIES, CASE_STATUSES, type CaseStats } from '@lantoa/contracts/cases';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useCaseStats } from '../api/get-case-stats.ts';
import { CasesTabs } from './cases-tabs.tsx';

const CATEGORY_KEYS = [...CASE_CATEGORIES, 'unclassified'] as const;

/** Bars of one breakdown (category or outcome) for the year, largest first; text for every bar. */
function Bars({ title, counts, labelOf }: { title: string; counts: Record<string, number>; labelOf: (k: string) => string }) {
  const entries = Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <ul className="case-bars">
        {entries.map(([k, n]) => (
          <li key={k}>
            <span className="case-bar-label">{labelOf(k)}</span>
            <span className="case-bar-track" aria-hidden="true">
              <span className="case-bar" style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="case-bar-value">{formatNumber(n)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatsView({ s }: { s: CaseStats }) {
  const t = useT();
  if (s.totals.total === 0) return <EmptyState title={t('cases.stats.empty', { year: s.year })} />;
  return (
    <>
      <p className="case-stats-total">
        <strong>{t('cases.stats.total')}: {formatNumber(s.totals.total)}</strong>
        {s.totals.overdue ? <span className="overdue-text"> · {t('cases.stats.overdue', { n: formatNumber(s.totals.overdue) })}</span> : null}
      </p>
      <div className="case-grid">
        <Bars title={t('cases.stats.byCategory')} counts={s.totals.byCategory} labelOf={(k) => t(`cases.category.${k}`)} />
        <Bars title={t('cases.stats.byOutcome')} counts={s.totals.byOutcome} labelOf={(k) => t(`cases.status.${k}`)} />
      </div>
      <div className="table-wrap">
        <table className="table case-stats-table">
          <caption>{t('cases.stats.caption', { year: s.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.stats.month')}</th>
              <th scope="col" className="cell-num">{t('cases.stats.total')}</th>
              {CATEGORY_KEYS.map((k) => (
                <th key={k} scope="col" className="cell-num">{t(`cases.category.${k}`)}</th>
              ))}
              {CASE_STATUSES.map((k) => (
                <th key={k} scope="col" className="cell-num">{t(`cases.status.${k}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{String(m.month).padStart(2, '0')}/{s.year}</th>
                <td className="cell-num">{formatNumber(m.total)}</td>
                {CATEGORY_KEYS.map((k) => (
                  <td key={k} className="cell-num">{formatNumber(m.byCategory[k] ?? 0)}</td>
                ))}
                {CASE_STATUSES.map((k) => (
                  <td key={k} className="cell-num">{formatNumber(m.byOutcome[k] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('cases.stats.yearTotal')}</th>
              <td className="cell-num">{formatNumber(s.totals.total)}</td>
              {CATEGORY_KEYS.map((k) => (
                <td key={k} className="cell-num">{formatNumber(s.totals.byCategory[k] ?? 0)}</td>
              ))}
              {CASE_STATUSES.map((k) => (
                <td key={k} className="cell-num">{formatNumber(s.totals.byOutcome[k] ?? 0)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

export function CaseStatsPage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const thisYear = new Date().getFullYear();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2022 && asked <= thisYear ? asked : thisYear;
  const query = useCaseStats(year);
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);
  return (
    <div className="page">
      <PageHeader title={t('cases.stats.title')} actions={<ExportButtons path="/cases/stats/export" query={{ year }} />} />
      <CasesTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField
          label={t('cases.stats.year')}
          value={String(year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => update({ year: Number(e.target.value) === thisYear ? null : e.target.value })}
        />
      </section>
      <QueryState query={query}>{(s) => <StatsView s={s} />}</QueryState>
    </div>
  );
}
