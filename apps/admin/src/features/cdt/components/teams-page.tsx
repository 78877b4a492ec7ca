import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TEAM_SORTS, TEAM_STATUSES, type TeamSummary } from '@lantoa/contracts/cdt';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
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
import { useTeams } from '../api/get-teams.ts';
import { CdtTabs } from './cdt-tabs.tsx';

const PAGE_SIZES = [20, 50, 100] as const;

/** The teams the user may read: filters by commune, status and size, search, sort, pages, export. */
export function TeamsPage() {
  const t = useT();
  const canManage = useCan('cdt:manage');
  const canLog = useCan('cdt:log');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  const [unit, setUnit] = useState<PickedUnit | null>(params.get('unitId') ? { id: params.get('unitId')!, name: params.get('unitName') ?? '' } : null);

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const listParams = {
    unitId: params.get('unitId') ?? undefined,
    status: pickParam(params.get('status'), TEAM_STATUSES),
    belowMinimum: pickParam(params.get('belowMinimum'), ['true', 'false'] as const),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), TEAM_SORTS, 'name'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useTeams(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.unitId || listParams.status || listParams.belowMinimum || listParams.q);

  const columns: Column<TeamSummary>[] = [
    {
      key: 'name',
      header: t('cdt.col.name'),
      primary: true,
      render: (team) => (
        <>
          <Link to={`/cdt/${team.id}`} className="strong-link">
            {team.name}
          </Link>
          {team.isDemo ? (
            <>
              {' '}
              <Badge tone="purple">{t('cdt.demoBadge')}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'commune', header: t('cdt.col.commune'), render: (team) => team.communeName ?? '—' },
    { key: 'area', header: t('cdt.col.area'), render: (team) => team.servedArea },
    {
      key: 'status',
      header: t('cdt.col.status'),
      render: (team) => <Badge tone={team.status === 'active' ? 'green' : team.status === 'suspended' ? 'amber' : 'neutral'}>{t(`cdt.status.${team.status}`)}</Badge>,
    },
    {
      key: 'members',
      header: t('cdt.col.members'),
      className: 'cell-num',
      render: (team) => (
        <>
          {formatNumber(team.memberCount)}
          {team.belowMinimum ? (
            <>
              {' '}
              <Badge tone="amber">{t('cdt.belowBadge')}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'established', header: t('cdt.col.established'), render: (team) => formatDate(team.establishedOn) },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('cdt.list.title')}
        subtitle={t('cdt.list.subtitle')}
        actions={
          <>
            {canLog ? (
              <ButtonLink to="/cdt/log" variant={canManage ? 'secondary' : 'primary'}>
                {t('cdt.logSupport')}
              </ButtonLink>
            ) : null}
            {canManage ? (
              <ButtonLink to="/cdt/new" variant="primary">
                {t('cdt.create')}
              </ButtonLink>
            ) : null}
            <ExportButtons path="/cdt/teams/export" query={exportQuery} />
          </>
        }
      />
      <CdtTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <UnitPicker
          label={t('cdt.filter.unit')}
          hint={t('cdt.filter.unitHint')}
          value={unit}
          onChange={(u) => {
            setUnit(u);
            update({ unitId: u?.id ?? null, unitName: u?.name ?? null, page: null });
          }}
        />
        <SelectField
          label={t('cdt.filter.status')}
          value={listParams.status ?? ''}
          placeholder={t('common.all')}
          options={TEAM_STATUSES.map((s) => ({ value: s, label: t(`cdt.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
        <SelectField
          label={t('cdt.filter.members')}
          value={listParams.belowMinimum ?? ''}
          placeholder={t('common.all')}
          options={[
            { value: 'true', label: t('cdt.filter.below') },
            { value: 'false', label: t('cdt.filter.enough') },
          ]}
          onChange={(e) => update({ belowMinimum: e.target.value, page: null })}
        />
        <SelectField
          label={t('cdt.filter.sort')}
          value={listParams.sort}
          options={TEAM_SORTS.map((s) => ({ value: s, label: t(`cdt.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === 'name' ? null : e.target.value, page: null })}
        />
        <TextField label={t('cdt.search')} type="search" value={text} placeholder={t('cdt.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('cdt.list.emptyFiltered') : t('cdt.list.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    setUnit(null);
                    update({ q: null, status: null, belowMinimum: null, unitId: null, unitName: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <p className="cdt-count">{t('cdt.list.total', { count: formatNumber(data.total) })}</p>
              <Table caption={t('cdt.list.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} />
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
