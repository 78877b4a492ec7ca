import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TRAINING_CLASS_SORTS, TRAINING_KINDS, TRAINING_MODES } from '@lantoa/contracts/trainings';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { UnitPicker } from '../../../components/unit-picker.tsx';
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
import { useClasses, type ClassSummary } from '../api/get-classes.ts';
import { currentYear, trainingYears, yearParam } from '../trainings-years.ts';
import { ClassWhere } from './class-where.tsx';
import { FactsPanel } from './facts-panel.tsx';
import { TrainingsTabs } from './trainings-tabs.tsx';

const PAGE_SIZES = [20, 50, 100] as const;

/** Classes the user may read: filters, sort and page live in the address. */
export function ClassesPage() {
  const t = useT();
  const canManage = useCan('training:manage');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const organiserId = params.get('org') ?? undefined;
  const filter = {
    year: yearParam(params.get('year')),
    kind: pickParam(params.get('kind'), TRAINING_KINDS),
    mode: pickParam(params.get('mode'), TRAINING_MODES),
    organiserUnitId: organiserId,
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), TRAINING_CLASS_SORTS, '-starts_on'),
  };
  const listParams = {
    ...filter,
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useClasses(listParams);
  const filtered = !!(filter.year || filter.kind || filter.mode || filter.organiserUnitId || filter.q);

  const columns: Column<ClassSummary>[] = [
    {
      key: 'title',
      header: t('trainings.col.title'),
      primary: true,
      render: (k) => (
        <Link to={`/trainings/${k.id}`} className="strong-link">
          {k.title}
        </Link>
      ),
    },
    {
      key: 'kind',
      header: t('trainings.col.kind'),
      render: (k) => (
        <Badge tone={k.kind === 'reporter_class' ? 'blue' : 'neutral'}>{t(`trainings.kind.${k.kind}`)}</Badge>
      ),
    },
    { key: 'organiser', header: t('trainings.col.organiser'), render: (k) => k.organiserUnitName },
    {
      key: 'dates',
      header: t('trainings.col.dates'),
      className: 'nowrap',
      render: (k) => t('trainings.dates', { from: formatDate(k.startsOn), to: formatDate(k.endsOn) }),
    },
    {
      key: 'where',
      header: t('trainings.col.where'),
      render: (k) => <ClassWhere isOnline={k.isOnline} place={k.place} />,
    },
    {
      key: 'participants',
      header: t('trainings.col.participants'),
      className: 'cell-num',
      render: (k) => formatNumber(k.participantCount),
    },
    {
      key: 'completed',
      header: t('trainings.col.completed'),
      className: 'cell-num',
      render: (k) => formatNumber(k.completedCount),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('trainings.title')}
        subtitle={t('trainings.subtitle')}
        actions={
          <>
            {canManage ? (
              <ButtonLink variant="primary" to="/trainings/new">
                {t('trainings.create')}
              </ButtonLink>
            ) : null}
            <ExportButtons path="/trainings/classes/export" query={filter} />
          </>
        }
      />
      <TrainingsTabs />
      <FactsPanel year={filter.year ?? currentYear()} />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField
          label={t('trainings.year')}
          value={filter.year ? String(filter.year) : ''}
          placeholder={t('trainings.allYears')}
          options={trainingYears().map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => update({ year: e.target.value, page: null })}
        />
        <SelectField
          label={t('trainings.kindLabel')}
          value={filter.kind ?? ''}
          placeholder={t('common.all')}
          options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kind.${k}`) }))}
          onChange={(e) => update({ kind: e.target.value, page: null })}
        />
        <SelectField
          label={t('trainings.mode')}
          value={filter.mode ?? ''}
          placeholder={t('common.all')}
          options={TRAINING_MODES.map((m) => ({ value: m, label: t(`trainings.mode.${m}`) }))}
          onChange={(e) => update({ mode: e.target.value, page: null })}
        />
        <UnitPicker
          label={t('trainings.organiser')}
          value={organiserId ? { id: organiserId, name: params.get('orgName') ?? '' } : null}
          onChange={(u) => update({ org: u?.id ?? null, orgName: u?.name ?? null, page: null })}
        />
        <TextField
          label={t('trainings.search')}
          type="search"
          value={text}
          placeholder={t('trainings.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <SelectField
          label={t('trainings.sort')}
          value={filter.sort}
          options={TRAINING_CLASS_SORTS.map((s) => ({ value: s, label: t(`trainings.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === '-starts_on' ? null : e.target.value, page: null })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('trainings.list.emptyFiltered') : t('trainings.list.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, year: null, kind: null, mode: null, org: null, orgName: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : canManage ? (
                <p>{t('trainings.list.emptyEdit')}</p>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('trainings.list.caption')} columns={columns} rows={data.items} rowKey={(k) => k.id} />
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
