import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { CONTENT_AUDIENCES, CONTENT_KINDS, CONTENT_STATUSES } from '@lantoa/contracts/content';
import type { ContentSummary } from '@lantoa/contracts/content';
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
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useContentList } from '../api/get-content-list.ts';
import { ContentStatusBadge } from './content-status-badge.tsx';

const PAGE_SIZES = [20, 50, 100] as const;
const SORTS = ['-updated_at', 'updated_at', 'title', '-published_at'] as const;

/** The library: published items of every unit and everything of one's own units, with filters. */
export function ContentListPage() {
  const t = useT();
  const canEdit = useCan('content:edit');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const listParams = {
    q: params.get('q') || undefined,
    kind: pickParam(params.get('kind'), CONTENT_KINDS),
    status: pickParam(params.get('status'), CONTENT_STATUSES),
    audience: pickParam(params.get('audience'), CONTENT_AUDIENCES),
    sort: pickParam(params.get('sort'), SORTS, '-updated_at'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useContentList(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.q || listParams.kind || listParams.status || listParams.audience);

  const columns: Column<ContentSummary>[] = [
    {
      key: 'title',
      header: t('content.col.title'),
      primary: true,
      render: (c) => (
        <>
          <Link to={`/content/${c.id}`} className="strong-link">
            {c.title}
          </Link>
          {c.inColumn ? (
            <>
              {' '}
              <Badge tone="blue">{t('content.inColumnBadge')}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'kind', header: t('content.col.kind'), render: (c) => t(`content.kind.${c.kind}`) },
    { key: 'unit', header: t('content.col.unit'), render: (c) => c.unitName },
    { key: 'status', header: t('content.col.status'), render: (c) => <ContentStatusBadge status={c.status} /> },
    { key: 'usage', header: t('content.col.usage'), className: 'cell-num', render: (c) => formatNumber(c.usageCount) },
    { key: 'updated', header: t('content.col.updated'), render: (c) => formatDateTime(c.updatedAt) },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('content.list.title')}
        subtitle={t('content.list.subtitle')}
        actions={
          <>
            {canEdit ? (
              <ButtonLink variant="primary" to="/content/new">
                {t('content.new')}
              </ButtonLink>
            ) : null}
            <ButtonLink to="/content/usage">{t('content.usageLog')}</ButtonLink>
            <ExportButtons path="/content/export" query={exportQuery} />
          </>
        }
      />
      <section className="card filters" aria-label={t('common.filters')}>
        <TextField
          label={t('content.search')}
          type="search"
          value={text}
          placeholder={t('content.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <SelectField
          label={t('content.col.kind')}
          value={listParams.kind ?? ''}
          placeholder={t('common.all')}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
          onChange={(e) => update({ kind: e.target.value, page: null })}
        />
        <SelectField
          label={t('content.col.status')}
          value={listParams.status ?? ''}
          placeholder={t('common.all')}
          options={CONTENT_STATUSES.map((s) => ({ value: s, label: t(`content.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
        <SelectField
          label={t('content.form.audiences')}
          value={listParams.audience ?? ''}
          placeholder={t('common.all')}
          options={CONTENT_AUDIENCES.map((a) => ({ value: a, label: t(`content.audience.${a}`) }))}
          onChange={(e) => update({ audience: e.target.value, page: null })}
        />
        <SelectField
          label={t('content.sort')}
          value={listParams.sort}
          options={SORTS.map((s) => ({ value: s, label: t(`content.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === '-updated_at' ? null : e.target.value, page: null })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('content.list.emptyFiltered') : t('content.list.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, kind: null, status: null, audience: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('content.list.caption')} columns={columns} rows={data.items} rowKey={(c) => c.id} />
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
