import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { SCHOOL_LEVELS, SCHOOL_SORTS, schoolYearOf, type SchoolSummary } from '@lantoa/contracts/schools';
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
import { formatNumber, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useSchools } from '../api/get-schools.ts';

const PAGE_SIZES = [20, 50, 100] as const;

/** The schools in the user's scope, with their DX sessions of the chosen school year. */
export function SchoolsPage() {
  const t = useT();
  const canManage = useCan('school:manage');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const current = schoolYearOf(todayIso());
  const years = Array.from({ length: current - 2020 }, (_, i) => current - i);
  const schoolYear = Number(pickParam(params.get('schoolYear'), years.map(String), String(current)));
  const listParams = {
    schoolYear,
    level: pickParam(params.get('level'), SCHOOL_LEVELS),
    hasSession: pickParam(params.get('hasSession'), ['true', 'false'] as const),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), SCHOOL_SORTS, 'name'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useSchools(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.level || listParams.hasSession || listParams.q);
  const yearLabel = (y: number) => t('schools.schoolYearValue', { from: y - 1, to: y });

  const columns: Column<SchoolSummary>[] = [
    {
      key: 'name',
      header: t('schools.col.name'),
      primary: true,
      // Demo schools carry "(dữ liệu mẫu)" in their names; the badge is on the school's page.
      render: (s) => (
        <Link to={`/schools/${s.id}`} className="strong-link">
          {s.name}
        </Link>
      ),
    },
    { key: 'commune', header: t('schools.col.commune'), render: (s) => s.communeName ?? '—' },
    { key: 'level', header: t('schools.col.level'), render: (s) => `${t(`schools.level.${s.level}`)} · ${t(`schools.ownership.${s.ownership}`)}` },
    {
      key: 'sessions',
      header: t('schools.col.sessions'),
      className: 'cell-num',
      render: (s) => (s.sessionCount > 0 ? formatNumber(s.sessionCount) : <Badge tone="amber">0</Badge>),
    },
    { key: 'reached', header: t('schools.col.reached'), className: 'cell-num', render: (s) => formatNumber(s.studentsReached) },
    {
      key: 'club',
      header: t('schools.col.club'),
      render: (s) => [s.hasDxClub ? t('schools.club') : null, s.hasSciencePlayground ? t('schools.playground') : null].filter(Boolean).join(', ') || '—',
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('schools.title')}
        subtitle={t('schools.subtitle')}
        actions={
          <>
            {canManage ? (
              <>
                <ButtonLink variant="primary" to="/schools/new">
                  {t('schools.add')}
                </ButtonLink>
                <ButtonLink to="/schools/import">{t('schools.importLink')}</ButtonLink>
              </>
            ) : null}
            <ExportButtons path="/schools/export" query={exportQuery} />
          </>
        }
      />
      <section className="card filters" aria-label={t('common.filters')}>
        <TextField label={t('schools.search')} type="search" value={text} placeholder={t('schools.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <SelectField
          label={t('schools.schoolYear')}
          value={String(schoolYear)}
          options={years.map((y) => ({ value: String(y), label: yearLabel(y) }))}
          onChange={(e) => update({ schoolYear: Number(e.target.value) === current ? null : e.target.value, page: null })}
        />
        <SelectField
          label={t('schools.filter.level')}
          value={listParams.level ?? ''}
          placeholder={t('common.all')}
          options={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`schools.level.${l}`) }))}
          onChange={(e) => update({ level: e.target.value, page: null })}
        />
        <SelectField
          label={t('schools.filter.session')}
          value={listParams.hasSession ?? ''}
          placeholder={t('common.all')}
          options={[
            { value: 'true', label: t('schools.filter.hasSession') },
            { value: 'false', label: t('schools.filter.noSession') },
          ]}
          onChange={(e) => update({ hasSession: e.target.value, page: null })}
        />
        <SelectField
          label={t('schools.sort')}
          value={listParams.sort}
          options={SCHOOL_SORTS.map((s) => ({ value: s, label: t(`schools.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === 'name' ? null : e.target.value, page: null })}
        />
      </section>
      <div className="button-row">
        <span className="muted">{t('schools.exportSessions')}</span>
        <ExportButtons path="/schools/sessions/export" query={{ schoolYear }} />
        {canManage ? <ButtonLink to="/schools/sessions/import">{t('schools.importSessionsLink')}</ButtonLink> : null}
      </div>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('schools.emptyFiltered') : t('schools.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, level: null, hasSession: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('schools.caption', { year: yearLabel(schoolYear) })} columns={columns} rows={data.items} rowKey={(s) => s.id} />
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
