import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ASSESSMENT_STATUSES } from '@lantoa/contracts/inspections';
import { roleHasPermission } from '@lantoa/contracts/access';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useMe } from '../../../lib/auth.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useAssessments, useCreateAssessment, type AssessmentSummary } from '../api.ts';
import { InspectionsTabs } from './tabs.tsx';
import { AssessmentStatusBadge, YEARS, useSearchText } from './shared.tsx';

const SORTS = ['unit', '-self_total', '-review_total', '-updated'] as const;

/** Units' yearly self-assessments in scope, and for a unit, starting its own. */
export function AssessmentsPage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const [text, setText] = useSearchText(params.get('q'), (q) => update({ q, page: null }));
  const filter = {
    year: params.get('year') ? Number(params.get('year')) : undefined,
    status: pickParam(params.get('status'), ASSESSMENT_STATUSES),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), SORTS, 'unit'),
  };
  const query = useAssessments({ ...filter, page: pageParam(params.get('page')), pageSize: 20 });
  const filtered = !!(filter.year || filter.status || filter.q);
  const points = (n: number | null) => (n === null ? '—' : formatNumber(n));
  const columns: Column<AssessmentSummary>[] = [
    { key: 'unit', header: t('insp.col.unit'), primary: true, render: (a) => <Link to={`/inspections/assessments/${a.id}`} className="strong-link">{a.unitName}</Link> },
    { key: 'year', header: t('insp.col.year'), render: (a) => a.year },
    { key: 'status', header: t('insp.col.status'), render: (a) => <AssessmentStatusBadge status={a.status} /> },
    { key: 'self', header: t('insp.assess.self'), className: 'cell-num', render: (a) => `${points(a.selfTotal)} / ${points(a.maxTotal)}` },
    { key: 'review', header: t('insp.assess.review'), className: 'cell-num', render: (a) => points(a.reviewTotal) },
  ];
  return (
    <div className="page">
      <PageHeader title={t('insp.assess.title')} subtitle={t('insp.assess.subtitle')} actions={<ExportButtons path="/assessments/export" query={filter} />} />
      <InspectionsTabs />
      <StartAssessment />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('insp.year')} value={filter.year ? String(filter.year) : ''} placeholder={t('insp.allYears')} options={YEARS.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => update({ year: e.target.value, page: null })} />
        <SelectField label={t('insp.col.status')} value={filter.status ?? ''} placeholder={t('common.all')} options={ASSESSMENT_STATUSES.map((s) => ({ value: s, label: t(`insp.assess.status.${s}`) }))} onChange={(e) => update({ status: e.target.value, page: null })} />
        <TextField label={t('insp.search')} type="search" value={text} placeholder={t('insp.assess.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <SelectField label={t('insp.sort')} value={filter.sort} options={SORTS.map((s) => ({ value: s, label: t(`insp.assess.sort.${s}`) }))} onChange={(e) => update({ sort: e.target.value === 'unit' ? null : e.target.value, page: null })} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('insp.emptyFiltered') : t('insp.assess.empty')}>
              {filtered ? <Button size="sm" onClick={() => { setText(''); update({ q: null, year: null, status: null, page: null }); }}>{t('common.clearFilters')}</Button> : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('insp.assess.caption')} columns={columns} rows={data.items} rowKey={(a) => a.id} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

/** A unit's editor starts the year's self-assessment of a unit they edit for. */
function StartAssessment() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateAssessment();
  const units = me.roles.filter((r) => roleHasPermission(r.role, 'assessment:edit') && r.role !== 'system_admin');
  const [unitId, setUnitId] = useState(units[0]?.unitId ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  if (units.length === 0) return null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const a = await create.mutateAsync({ year: Number(year), unitId });
      void navigate(`/inspections/assessments/${a.id}`);
    } catch {
      // Shown below.
    }
  }
  return (
    <form className="card insp-inline-form" onSubmit={(e) => void submit(e)} aria-label={t('insp.assess.start')}>
      <SelectField label={t('insp.col.unit')} value={unitId} options={units.map((u) => ({ value: u.unitId, label: u.unitName }))} onChange={(e) => setUnitId(e.target.value)} />
      <SelectField label={t('insp.year')} value={year} options={YEARS.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => setYear(e.target.value)} />
      <Button type="submit" variant="primary" busy={create.isPending}>{t('insp.assess.start')}</Button>
      <ErrorAlert error={create.error} />
    </form>
  );
}
