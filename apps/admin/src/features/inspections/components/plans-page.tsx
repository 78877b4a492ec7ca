import { Link } from 'react-router';
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
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import type { InspectionPlanSummary } from '@lantoa/contracts/inspections';
import { usePlans } from '../api.ts';
import { InspectionsTabs } from './tabs.tsx';
import { YEARS, useSearchText } from './shared.tsx';

const SORTS = ['-year', 'year', 'title', '-period_start'] as const;

/** Inspection plans in scope: year, search, sort and page live in the address. */
export function PlansPage() {
  const t = useT();
  const canManage = useCan('inspection:manage');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useSearchText(params.get('q'), (q) => update({ q, page: null }));
  const filter = { year: params.get('year') ? Number(params.get('year')) : undefined, q: params.get('q') || undefined, sort: pickParam(params.get('sort'), SORTS, '-year') };
  const query = usePlans({ ...filter, page: pageParam(params.get('page')), pageSize: 20 });
  const filtered = !!(filter.year || filter.q);
  const columns: Column<InspectionPlanSummary>[] = [
    { key: 'title', header: t('insp.col.plan'), primary: true, render: (p) => <Link to={`/inspections/plans/${p.id}`} className="strong-link">{p.title}</Link> },
    { key: 'year', header: t('insp.col.year'), render: (p) => p.year },
    { key: 'lead', header: t('insp.col.lead'), render: (p) => p.leadUnitName },
    { key: 'period', header: t('insp.col.period'), className: 'nowrap', render: (p) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}` },
    { key: 'units', header: t('insp.col.units'), className: 'cell-num', render: (p) => formatNumber(p.unitCount) },
    { key: 'visits', header: t('insp.col.visits'), className: 'cell-num', render: (p) => formatNumber(p.visitCount) },
    {
      key: 'recs', header: t('insp.col.openRecs'),
      render: (p) => (
        <>
          {formatNumber(p.openRecommendations)}
          {p.overdueRecommendations > 0 ? <> <Badge tone="red">{t('insp.overdueCount', { n: p.overdueRecommendations })}</Badge></> : null}
        </>
      ),
    },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('insp.title')}
        subtitle={t('insp.subtitle')}
        actions={
          <>
            {canManage ? <ButtonLink variant="primary" to="/inspections/plans/new">{t('insp.plan.create')}</ButtonLink> : null}
            <ExportButtons path="/inspections/plans/export" query={filter} />
          </>
        }
      />
      <InspectionsTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('insp.year')} value={filter.year ? String(filter.year) : ''} placeholder={t('insp.allYears')} options={YEARS.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => update({ year: e.target.value, page: null })} />
        <TextField label={t('insp.search')} type="search" value={text} placeholder={t('insp.plan.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <SelectField label={t('insp.sort')} value={filter.sort} options={SORTS.map((s) => ({ value: s, label: t(`insp.plan.sort.${s}`) }))} onChange={(e) => update({ sort: e.target.value === '-year' ? null : e.target.value, page: null })} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('insp.emptyFiltered') : t('insp.plan.empty')}>
              {filtered ? <Button size="sm" onClick={() => { setText(''); update({ q: null, year: null, page: null }); }}>{t('common.clearFilters')}</Button> : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('insp.plan.caption')} columns={columns} rows={data.items} rowKey={(p) => p.id} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
