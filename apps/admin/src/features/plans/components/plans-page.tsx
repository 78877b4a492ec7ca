import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PLAN_STATUSES } from '@lantoa/contracts/plans';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDateTime, formatVnd } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useFlash } from '../../../lib/use-flash.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { usePlans, type PlanSummary } from '../api/get-plans.ts';
import { currentYear, yearOptions, yearParam } from '../plan-years.ts';
import { CreatePlanDialog } from './create-plan-dialog.tsx';
import { PlanStatusBadge } from './plan-status-badge.tsx';
import { PlansTabs } from './plans-tabs.tsx';

const PAGE_SIZES = [20, 50, 100] as const;

/** The plans the user may read, year by year, with their status and total. */
export function PlansPage() {
  const t = useT();
  const canEdit = useCan('plan:edit');
  const [flash, dismissFlash] = useFlash();
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const year = yearParam(params.get('year'));
  const listParams = {
    year,
    status: pickParam(params.get('status'), PLAN_STATUSES),
    q: params.get('q') || undefined,
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = usePlans(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.status || listParams.q);

  const columns: Column<PlanSummary>[] = [
    {
      key: 'unit',
      header: t('plans.col.unit'),
      primary: true,
      render: (p) => (
        <Link to={`/plans/${p.id}`} className="strong-link">
          {p.unitName}
        </Link>
      ),
    },
    { key: 'title', header: t('plans.col.title'), render: (p) => p.title },
    { key: 'status', header: t('plans.col.status'), render: (p) => <PlanStatusBadge status={p.status} /> },
    {
      key: 'version',
      header: t('plans.col.version'),
      className: 'cell-num',
      render: (p) => t('plans.versionNo', { n: p.versionNo }),
    },
    { key: 'total', header: t('plans.col.total'), className: 'cell-num', render: (p) => formatVnd(p.totalAmount) },
    { key: 'updated', header: t('plans.col.updated'), render: (p) => formatDateTime(p.updatedAt) },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('plans.list.title')}
        subtitle={t('plans.list.subtitle')}
        actions={
          <>
            {canEdit ? (
              <Button variant="primary" onClick={() => setCreating(true)}>
                {t('plans.create')}
              </Button>
            ) : null}
            <ExportButtons path="/plans/export" query={exportQuery} />
          </>
        }
      />
      <PlansTabs year={year} />
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField
          label={t('plans.year')}
          value={String(year)}
          options={yearOptions(year).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) =>
            update({ year: Number(e.target.value) === currentYear() ? null : e.target.value, page: null })
          }
        />
        <SelectField
          label={t('plans.col.status')}
          value={listParams.status ?? ''}
          placeholder={t('common.all')}
          options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
        <TextField
          label={t('plans.search')}
          type="search"
          value={text}
          placeholder={t('plans.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('plans.list.emptyFiltered') : t('plans.list.empty', { year })}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, status: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : canEdit ? (
                <p>{t('plans.list.emptyEdit')}</p>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table
                caption={t('plans.list.caption', { year })}
                columns={columns}
                rows={data.items}
                rowKey={(p) => p.id}
              />
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
      {canEdit ? <CreatePlanDialog open={creating} year={year} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
