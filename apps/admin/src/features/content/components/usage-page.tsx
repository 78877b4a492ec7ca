import { Link } from 'react-router';
import { CONTENT_CHANNELS } from '@lantoa/contracts/content';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useContentUsage, type ContentUsage } from '../api/content-usage.ts';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

/** What is used, where and how often: the standing agency sees every unit, a unit its own. */
export function ContentUsagePage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const year = pickParam(params.get('year'), YEARS);
  const q = {
    channel: pickParam(params.get('channel'), CONTENT_CHANNELS),
    year: year ? Number(year) : undefined,
    page: pageParam(params.get('page')),
    pageSize: 50,
  };
  const query = useContentUsage(q);
  const columns: Column<ContentUsage>[] = [
    { key: 'item', header: t('content.usagePage.item'), primary: true, render: (u) => <Link to={`/content/${u.itemId}`}>{u.itemTitle}</Link> },
    { key: 'unit', header: t('content.usage.unit'), render: (u) => u.unitName },
    { key: 'channel', header: t('content.usage.channel'), render: (u) => t(`content.channel.${u.channel}`) },
    { key: 'usedOn', header: t('content.usage.usedOn'), render: (u) => formatDate(u.usedOn) },
    { key: 'reach', header: t('content.usage.reach'), className: 'cell-num', render: (u) => (u.reach === null ? '—' : formatNumber(u.reach)) },
    { key: 'note', header: t('content.usage.note'), render: (u) => u.note ?? '' },
  ];
  return (
    <div className="page">
      <PageHeader title={t('content.usagePage.title')} subtitle={t('content.usagePage.subtitle')} actions={<ExportButtons path="/content/usage/export" query={{ channel: q.channel, year: q.year }} />}>
        <nav aria-label={t('content.breadcrumbs')} className="muted">
          <Link to="/content">{t('content.list.title')}</Link>
        </nav>
      </PageHeader>
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('content.usagePage.year')} value={year ?? ''} placeholder={t('common.all')} options={YEARS.map((y) => ({ value: y, label: y }))} onChange={(e) => update({ year: e.target.value, page: null })} />
        <SelectField label={t('content.usage.channel')} value={q.channel ?? ''} placeholder={t('common.all')} options={CONTENT_CHANNELS.map((c) => ({ value: c, label: t(`content.channel.${c}`) }))} onChange={(e) => update({ channel: e.target.value, page: null })} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.total === 0 ? (
            <EmptyState title={t('content.usagePage.empty')} />
          ) : (
            <>
              <div className="usage-summary">
                <section className="card" aria-labelledby="usage-top">
                  <h2 id="usage-top">{t('content.usagePage.top')}</h2>
                  <ol>
                    {data.byItem.map((b) => (
                      <li key={b.itemId}>
                        <Link to={`/content/${b.itemId}`}>{b.title}</Link> <span className="muted">— {t('content.usagePage.uses', { n: b.uses, units: b.units })}</span>
                      </li>
                    ))}
                  </ol>
                </section>
                <section className="card" aria-labelledby="usage-channel">
                  <h2 id="usage-channel">{t('content.usagePage.byChannel')}</h2>
                  <ul>
                    {data.byChannel.map((b) => (
                      <li key={b.channel}>
                        {t(`content.channel.${b.channel}`)}: {formatNumber(b.uses)}
                      </li>
                    ))}
                  </ul>
                </section>
              </div>
              <Table caption={t('content.usagePage.caption')} columns={columns} rows={data.items} rowKey={(u) => u.id} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
