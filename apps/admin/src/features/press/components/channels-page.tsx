import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { CHANNEL_KINDS, CHANNEL_SORTS, type ChannelSummary } from '@lantoa/contracts/press';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useChannels } from '../api/get-channels.ts';
import { PressTabs } from './press-tabs.tsx';

const PAGE_SIZES = [20, 50, 100] as const;

/** The channels in the user's scope, with their column and article counts. */
export function ChannelsPage() {
  const t = useT();
  const canManage = useCan('press:manage');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const listParams = {
    kind: pickParam(params.get('kind'), CHANNEL_KINDS),
    hasDxColumn: pickParam(params.get('hasDxColumn'), ['true', 'false'] as const),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), CHANNEL_SORTS, 'name'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useChannels(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.kind || listParams.hasDxColumn || listParams.q);

  const columns: Column<ChannelSummary>[] = [
    {
      key: 'name',
      header: t('press.col.name'),
      primary: true,
      render: (c) => (
        <>
          <Link to={`/press/${c.id}`} className="strong-link">
            {c.name}
          </Link>
          {c.isDemo ? (
            <>
              {' '}
              <Badge tone="neutral">{t('press.demo')}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'owner', header: t('press.col.owner'), render: (c) => c.ownerUnitName },
    { key: 'kind', header: t('press.col.kind'), render: (c) => t(`press.kind.${c.kind}`) },
    {
      key: 'column',
      header: t('press.col.column'),
      render: (c) =>
        c.hasDxColumn ? (
          <Badge tone="green">{t('press.hasColumnSince', { date: formatDate(c.columnSince) })}</Badge>
        ) : (
          <Badge tone="amber">{t('press.noColumn')}</Badge>
        ),
    },
    { key: 'articles', header: t('press.col.articles'), className: 'cell-num', render: (c) => formatNumber(c.articleCount) },
    { key: 'last', header: t('press.col.last'), render: (c) => (c.lastArticleOn ? formatDate(c.lastArticleOn) : '—') },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('press.title')}
        subtitle={t('press.subtitle')}
        actions={
          <>
            {canManage ? (
              <ButtonLink variant="primary" to="/press/new">
                {t('press.add')}
              </ButtonLink>
            ) : null}
            <ExportButtons path="/press/channels/export" query={exportQuery} />
          </>
        }
      />
      <PressTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <TextField
          label={t('press.search')}
          type="search"
          value={text}
          placeholder={t('press.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <SelectField
          label={t('press.filter.kind')}
          value={listParams.kind ?? ''}
          placeholder={t('common.all')}
          options={CHANNEL_KINDS.map((k) => ({ value: k, label: t(`press.kind.${k}`) }))}
          onChange={(e) => update({ kind: e.target.value, page: null })}
        />
        <SelectField
          label={t('press.filter.column')}
          value={listParams.hasDxColumn ?? ''}
          placeholder={t('common.all')}
          options={[
            { value: 'true', label: t('press.filter.hasColumn') },
            { value: 'false', label: t('press.filter.noColumn') },
          ]}
          onChange={(e) => update({ hasDxColumn: e.target.value, page: null })}
        />
        <SelectField
          label={t('press.sort')}
          value={listParams.sort}
          options={CHANNEL_SORTS.map((s) => ({ value: s, label: t(`press.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === 'name' ? null : e.target.value, page: null })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('press.emptyFiltered') : t('press.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, kind: null, hasDxColumn: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : canManage ? (
                <p>{t('press.emptyEdit')}</p>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('press.caption')} columns={columns} rows={data.items} rowKey={(c) => c.id} />
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPageChange={(page) => update({ page: page === 1 ? null : page })}
                pageSizes={PAGE_SIZES}
                onPageSizeChange={(size) => update({ pageSize: size === 20 ? null : size, page: null })}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
