import { CHANNEL_KINDS } from '@lantoa/contracts/press';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatNumber, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useArticleCounts } from '../api/get-article-counts.ts';
import { PressTabs } from './press-tabs.tsx';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Articles per channel and month of a year: a table that scrolls sideways inside its box on a phone. */
export function ArticleCountsPage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const thisYear = Number(todayIso().slice(0, 4));
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);
  const year = Number(pickParam(params.get('year'), years.map(String), String(thisYear)));
  const kind = pickParam(params.get('kind'), CHANNEL_KINDS);
  const query = useArticleCounts({ year, kind });
  return (
    <div className="page">
      <PageHeader title={t('press.counts.title')} actions={<ExportButtons path="/press/article-counts/export" query={{ year, kind }} />} />
      <PressTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField
          label={t('press.counts.year')}
          value={String(year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => update({ year: Number(e.target.value) === thisYear ? null : e.target.value })}
        />
        <SelectField
          label={t('press.filter.kind')}
          value={kind ?? ''}
          placeholder={t('common.all')}
          options={CHANNEL_KINDS.map((k) => ({ value: k, label: t(`press.kind.${k}`) }))}
          onChange={(e) => update({ kind: e.target.value })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.rows.length === 0 ? (
            <EmptyState title={t('press.counts.empty')} />
          ) : (
            <div className="card scroll-table" tabIndex={0} role="region" aria-label={t('press.counts.caption', { year })}>
              <table className="fig-table press-counts">
                <caption className="visually-hidden">{t('press.counts.caption', { year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('press.counts.channel')}</th>
                    {MONTHS.map((m) => (
                      <th key={m} scope="col">
                        <abbr title={t('press.counts.monthLong', { m })}>{t('press.counts.month', { m })}</abbr>
                      </th>
                    ))}
                    <th scope="col">{t('press.counts.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((r) => (
                    <tr key={r.channelId ?? `column-${r.ownerUnitId}`}>
                      <th scope="row">
                        {r.channelName}
                        <span className="muted small"> · {r.ownerUnitName}</span>
                      </th>
                      {r.months.map((n, i) => (
                        <td key={i}>{n ? formatNumber(n) : '·'}</td>
                      ))}
                      <td>{formatNumber(r.total)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('press.counts.sum')}</th>
                    {data.monthTotals.map((n, i) => (
                      <td key={i}>{formatNumber(n)}</td>
                    ))}
                    <td>{formatNumber(data.total)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
