import { Link } from 'react-router';
import { REC_DISPLAY_STATUSES, type RecommendationSummary } from '@lantoa/contracts/inspections';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useRecommendations } from '../api.ts';
import { InspectionsTabs } from './tabs.tsx';
import { RecStatusBadge, YEARS, useSearchText } from './shared.tsx';

const SORTS = ['deadline', '-deadline', 'unit'] as const;

/** Recommendations after inspections, with their follow-up status (overdue included). */
export function RecommendationsPage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const [text, setText] = useSearchText(params.get('q'), (q) => update({ q, page: null }));
  const filter = {
    year: params.get('year') ? Number(params.get('year')) : undefined,
    status: pickParam(params.get('status'), REC_DISPLAY_STATUSES),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), SORTS, 'deadline'),
  };
  const query = useRecommendations({ ...filter, page: pageParam(params.get('page')), pageSize: 20 });
  const filtered = !!(filter.year || filter.status || filter.q);
  const columns: Column<RecommendationSummary>[] = [
    { key: 'content', header: t('insp.col.rec'), primary: true, render: (r) => <Link to={`/inspections/recommendations/${r.id}`} className="strong-link">{r.content}</Link> },
    { key: 'unit', header: t('insp.rec.unit'), render: (r) => r.responsibleUnitName },
    { key: 'deadline', header: t('insp.deadline'), className: 'nowrap', render: (r) => formatDate(r.deadline) },
    { key: 'status', header: t('insp.col.status'), render: (r) => <RecStatusBadge status={r.displayStatus} /> },
    { key: 'plan', header: t('insp.col.plan'), render: (r) => <Link to={`/inspections/plans/${r.planId}`}>{r.planTitle}</Link> },
  ];
  return (
    <div className="page">
      <PageHeader title={t('insp.recs.title')} subtitle={t('insp.recs.subtitle')} actions={<ExportButtons path="/inspections/recommendations/export" query={filter} />} />
      <InspectionsTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('insp.year')} value={filter.year ? String(filter.year) : ''} placeholder={t('insp.allYears')} options={YEARS.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => update({ year: e.target.value, page: null })} />
        <SelectField label={t('insp.col.status')} value={filter.status ?? ''} placeholder={t('common.all')} options={REC_DISPLAY_STATUSES.map((s) => ({ value: s, label: t(`insp.rec.status.${s}`) }))} onChange={(e) => update({ status: e.target.value, page: null })} />
        <TextField label={t('insp.search')} type="search" value={text} placeholder={t('insp.rec.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <SelectField label={t('insp.sort')} value={filter.sort} options={SORTS.map((s) => ({ value: s, label: t(`insp.rec.sort.${s}`) }))} onChange={(e) => update({ sort: e.target.value === 'deadline' ? null : e.target.value, page: null })} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('insp.emptyFiltered') : t('insp.rec.empty')}>
              {filtered ? <Button size="sm" onClick={() => { setText(''); update({ q: null, year: null, status: null, page: null }); }}>{t('common.clearFilters')}</Button> : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('insp.rec.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
