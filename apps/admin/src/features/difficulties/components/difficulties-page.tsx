import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { DIFFICULTY_AGE_BUCKETS, DIFFICULTY_SEVERITIES, DIFFICULTY_STATUSES, type DifficultySummary } from '@lantoa/contracts/difficulties';
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
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useFlash } from '../../../lib/use-flash.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useDifficulties, useDifficultyBoard } from '../api/difficulties.ts';
import { DifficultyStatusBadge, SeverityBadge } from './badges.tsx';

const PAGE_SIZES = [20, 50, 100] as const;
const SORTS = ['newest', 'oldest', 'severity'] as const;

function Board() {
  const t = useT();
  const board = useDifficultyBoard();
  return (
    <section aria-labelledby="board-title">
      <h2 id="board-title" className="section-title">
        {t('difficulties.board')} <span className="muted">· {t('difficulties.boardCaption')}</span>
      </h2>
      <QueryState query={board}>
        {(b) => (
          <ol className="difficulty-board">
            {b.columns.map((c) => (
              <li key={c.status} className="card difficulty-column">
                <h3>
                  <DifficultyStatusBadge status={c.status} /> <span className="difficulty-count">{formatNumber(c.total)}</span>
                </h3>
                <dl className="difficulty-ages">
                  {DIFFICULTY_AGE_BUCKETS.map((a) => (
                    <div key={a} className={c.byAge[a] && (a === 'over90' || a === 'under90') && c.status !== 'resolved' ? 'age-old' : undefined}>
                      <dt>{t(`difficulties.age.${a}`)}</dt>
                      <dd>{formatNumber(c.byAge[a] ?? 0)}</dd>
                    </div>
                  ))}
                </dl>
                {c.items.length === 0 ? (
                  <p className="muted">{t('difficulties.boardEmpty')}</p>
                ) : (
                  <ul className="difficulty-items">
                    {c.items.slice(0, 5).map((i) => (
                      <li key={i.id}>
                        <Link to={`/difficulties/${i.id}`}>{i.title}</Link>
                        <div className="muted">
                          {i.unitName} · {t('difficulties.days', { n: i.ageDays })}
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
                {c.total > 5 ? <p className="muted">{t('difficulties.more', { n: c.total - 5 })}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}

/** The board by status and age, then the full list with filters, search and export. */
export function DifficultiesPage() {
  const t = useT();
  const canReport = useCan('difficulty:report');
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
    status: pickParam(params.get('status'), DIFFICULTY_STATUSES),
    severity: pickParam(params.get('severity'), DIFFICULTY_SEVERITIES),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), SORTS, 'newest'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useDifficulties(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.status || listParams.severity || listParams.q);

  const columns: Column<DifficultySummary>[] = [
    {
      key: 'title',
      header: t('difficulties.col.title'),
      primary: true,
      render: (d) => (
        <Link to={`/difficulties/${d.id}`} className="strong-link">
          {d.title}
        </Link>
      ),
    },
    { key: 'unit', header: t('difficulties.col.unit'), render: (d) => d.unitName },
    { key: 'task', header: t('difficulties.col.taskArea'), render: (d) => t('difficulties.taskArea', { n: d.taskAreaNumber }) },
    { key: 'severity', header: t('difficulties.col.severity'), render: (d) => <SeverityBadge severity={d.severity} /> },
    { key: 'status', header: t('difficulties.col.status'), render: (d) => <DifficultyStatusBadge status={d.status} /> },
    { key: 'age', header: t('difficulties.col.age'), render: (d) => `${t('difficulties.days', { n: d.ageDays })} (${formatDate(d.createdAt)})` },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('difficulties.title')}
        subtitle={t('difficulties.subtitle')}
        actions={
          <>
            {canReport ? (
              <ButtonLink variant="primary" to="/difficulties/new">
                {t('difficulties.new')}
              </ButtonLink>
            ) : null}
            <ExportButtons path="/difficulties/export" query={exportQuery} />
          </>
        }
      />
      {flash ? (
        <Alert tone="success">
          <p>{flash}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <Board />
      <h2 className="section-title">{t('difficulties.list')}</h2>
      <section className="card filters" aria-label={t('common.filters')}>
        <TextField label={t('difficulties.search')} type="search" value={text} placeholder={t('difficulties.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <SelectField
          label={t('difficulties.col.status')}
          value={listParams.status ?? ''}
          placeholder={t('common.all')}
          options={DIFFICULTY_STATUSES.map((s) => ({ value: s, label: t(`difficulties.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
        <SelectField
          label={t('difficulties.col.severity')}
          value={listParams.severity ?? ''}
          placeholder={t('common.all')}
          options={DIFFICULTY_SEVERITIES.map((s) => ({ value: s, label: t(`difficulties.severity.${s}`) }))}
          onChange={(e) => update({ severity: e.target.value, page: null })}
        />
        <SelectField
          label={t('difficulties.sort')}
          value={listParams.sort}
          options={SORTS.map((s) => ({ value: s, label: t(`difficulties.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === 'newest' ? null : e.target.value, page: null })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('difficulties.emptyFiltered') : t('difficulties.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, status: null, severity: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('difficulties.listCaption')} columns={columns} rows={data.items} rowKey={(d) => d.id} />
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
