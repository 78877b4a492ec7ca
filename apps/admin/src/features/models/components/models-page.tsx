import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { MODEL_STATUSES, TARGET_GROUPS, type ModelStatus, type ModelSummary } from '@lantoa/contracts/comm-models';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDate, formatNumber, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useFlash } from '../../../lib/use-flash.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useModels } from '../api/models-api.ts';

const PAGE_SIZES = [20, 50, 100] as const;
const TONES: Record<ModelStatus, BadgeTone> = { proposed: 'neutral', evaluating: 'amber', approved: 'blue', rejected: 'red', deployed: 'green' };

export function ModelStatusBadge({ status }: { status: ModelStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`models.status.${status}`)}</Badge>;
}

export function ModelsPage() {
  const t = useT();
  const canPropose = useCan('comm-model:propose');
  const canDecide = useCan('comm-model:decide');
  const [flash, dismissFlash] = useFlash();
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const yearNum = Number(params.get('year'));
  const year = Number.isInteger(yearNum) && yearNum >= 2000 && yearNum <= 2100 ? yearNum : undefined;
  const listParams = {
    year,
    status: pickParam(params.get('status'), MODEL_STATUSES),
    targetGroup: pickParam(params.get('group'), TARGET_GROUPS),
    q: params.get('q') || undefined,
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useModels(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.status || listParams.targetGroup || listParams.q || listParams.year);
  const thisYear = Number(todayIso().slice(0, 4));
  const years: number[] = [];
  for (let y = thisYear + 1; y >= 2022; y--) years.push(y);

  const columns: Column<ModelSummary>[] = [
    {
      key: 'title',
      header: t('models.col.title'),
      primary: true,
      render: (m) => (
        <Link to={`/models/${m.id}`} className="strong-link">
          {m.title}
        </Link>
      ),
    },
    { key: 'unit', header: t('models.col.unit'), render: (m) => `${m.unitName} · ${m.year}` },
    { key: 'status', header: t('models.col.status'), render: (m) => <ModelStatusBadge status={m.status} /> },
    { key: 'score', header: t('models.col.score'), className: 'cell-num', render: (m) => (m.averageScore === null ? '—' : formatNumber(m.averageScore)) },
    { key: 'deployed', header: t('models.col.deployed'), render: (m) => (m.deployedOn ? formatDate(m.deployedOn) : '—') },
    { key: 'replications', header: t('models.col.replications'), className: 'cell-num', render: (m) => formatNumber(m.replicationCount) },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('models.list.title')}
        subtitle={t('models.list.subtitle')}
        actions={
          <>
            {canPropose ? <ButtonLink variant="primary" to="/models/new">{t('models.create')}</ButtonLink> : null}
            {canPropose ? <ButtonLink to="/models/import">{t('models.import')}</ButtonLink> : null}
            {canDecide ? <ButtonLink to="/models/criteria">{t('models.criteria.link')}</ButtonLink> : null}
            <ExportButtons path="/comm-models/export" query={exportQuery} />
          </>
        }
      />
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('models.year')} value={year ? String(year) : ''} placeholder={t('models.allYears')} options={years.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => update({ year: e.target.value, page: null })} />
        <SelectField label={t('models.statusFilter')} value={listParams.status ?? ''} placeholder={t('common.all')} options={MODEL_STATUSES.map((s) => ({ value: s, label: t(`models.status.${s}`) }))} onChange={(e) => update({ status: e.target.value, page: null })} />
        <SelectField label={t('models.groupFilter')} value={listParams.targetGroup ?? ''} placeholder={t('common.all')} options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`models.group.${g}`) }))} onChange={(e) => update({ group: e.target.value, page: null })} />
        <TextField label={t('models.search')} type="search" value={text} placeholder={t('models.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('models.list.emptyFiltered') : t('models.list.empty')}>
              {filtered ? (
                <Button size="sm" onClick={() => { setText(''); update({ q: null, status: null, group: null, year: null, page: null }); }}>
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('models.list.caption')} columns={columns} rows={data.items} rowKey={(m) => m.id} />
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
