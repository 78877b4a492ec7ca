import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { CASE_CATEGORIES, CASE_STATUSES, type CaseSummary } from '@lantoa/contracts/cases';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useFlash } from '../../../lib/use-flash.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useCases } from '../api/get-cases.ts';
import { CaseStatusBadge, OverdueBadge } from './case-status-badge.tsx';
import { CasesTabs } from './cases-tabs.tsx';

const PAGE_SIZES = [20, 50, 100] as const;
const SORTS = ['newest', 'oldest', 'due'] as const;

/** Every case the user may read, overdue ones marked, with filters, search and export. */
export function CasesPage() {
  const t = useT();
  const canIntake = useCan('case:intake');
  const [flash, dismissFlash] = useFlash();
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const listParams = {
    status: pickParam(params.get('status'), CASE_STATUSES),
    category: pickParam(params.get('category'), CASE_CATEGORIES),
    overdue: pickParam(params.get('overdue'), ['true', 'false'] as const),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), SORTS, 'newest'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useCases(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.status || listParams.category || listParams.overdue || listParams.q);

  const columns: Column<CaseSummary>[] = [
    {
      key: 'code',
      header: t('cases.col.code'),
      primary: true,
      render: (c) => (
        <Link to={`/cases/${c.id}`} className="strong-link case-code">
          {c.code}
        </Link>
      ),
    },
    { key: 'received', header: t('cases.col.received'), render: (c) => formatDateTime(c.createdAt) },
    {
      key: 'link',
      header: t('cases.col.link'),
      render: (c) => (
        <span className="case-post">
          <span className="muted">{t(`cases.platform.${c.platform}`)}</span> {c.description}
        </span>
      ),
    },
    { key: 'category', header: t('cases.col.category'), render: (c) => t(`cases.category.${c.category ?? 'unclassified'}`) },
    {
      key: 'status',
      header: t('cases.col.status'),
      render: (c) => (
        <span className="badges">
          <CaseStatusBadge status={c.status} />
          {c.isOverdue ? <OverdueBadge /> : null}
        </span>
      ),
    },
    { key: 'unit', header: t('cases.col.unit'), render: (c) => c.responsibleUnitName ?? t('cases.detail.none') },
    {
      key: 'due',
      header: t('cases.col.due'),
      render: (c) => (c.stageDueAt && !['closed', 'dismissed'].includes(c.status) ? <span className={c.isOverdue ? 'overdue-text' : undefined}>{formatDateTime(c.stageDueAt)}</span> : t('cases.detail.none')),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('cases.list.title')}
        subtitle={t('cases.list.subtitle')}
        actions={
          <>
            {canIntake ? (
              <ButtonLink variant="primary" to="/cases/new">
                {t('cases.new')}
              </ButtonLink>
            ) : null}
            <ExportButtons path="/cases/export" query={exportQuery} />
          </>
        }
      />
      <CasesTabs />
      {flash ? (
        <Alert tone="success">
          <p>{flash}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <section className="card filters" aria-label={t('common.filters')}>
        <TextField label={t('cases.search')} type="search" value={text} placeholder={t('cases.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <SelectField
          label={t('cases.filter.status')}
          value={listParams.status ?? ''}
          placeholder={t('common.all')}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
        <SelectField
          label={t('cases.filter.category')}
          value={listParams.category ?? ''}
          placeholder={t('common.all')}
          options={CASE_CATEGORIES.map((s) => ({ value: s, label: t(`cases.category.${s}`) }))}
          onChange={(e) => update({ category: e.target.value, page: null })}
        />
        <SelectField
          label={t('cases.filter.overdue')}
          value={listParams.overdue ?? ''}
          placeholder={t('common.all')}
          options={[
            { value: 'true', label: t('cases.filter.overdueOnly') },
            { value: 'false', label: t('cases.filter.onTime') },
          ]}
          onChange={(e) => update({ overdue: e.target.value, page: null })}
        />
        <SelectField
          label={t('cases.sort')}
          value={listParams.sort}
          options={SORTS.map((s) => ({ value: s, label: t(`cases.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === 'newest' ? null : e.target.value, page: null })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('cases.list.emptyFiltered') : t('cases.list.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, status: null, category: null, overdue: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('cases.list.caption')} columns={columns} rows={data.items} rowKey={(c) => c.id} />
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
