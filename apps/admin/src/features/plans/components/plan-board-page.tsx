import { useState } from 'react';
import { Link } from 'react-router';
import { PLAN_BOARD_STATUSES } from '@lantoa/contracts/plans';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column, type SortState } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { compareVi, foldText, formatDate, formatDateTime, formatNumber, formatVnd } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { usePlanBoard, type PlanBoard, type PlanBoardUnit } from '../api/get-plan-board.ts';
import { currentYear, yearOptions, yearParam } from '../plan-years.ts';
import { PlanStatusBadge, type BoardStatus } from './plan-status-badge.tsx';
import { PlansTabs } from './plans-tabs.tsx';
import { RemindDialog } from './remind-dialog.tsx';

/** The groups whose plans the standing agency expects, in the order the programme names them. */
export const BOARD_GROUPS = ['locality', 'department', 'mass_organisation', 'press'] as const;
const SORTS = ['name', 'status', 'total', 'updated'] as const;
type BoardSort = (typeof SORTS)[number];
const PAGE_SIZE = 50;

/** Furthest behind first: no plan, returned, being drafted, awaiting review, accepted. */
const PROGRESS: Record<BoardStatus, number> = { none: 0, returned: 1, draft: 2, submitted: 3, accepted: 4 };

function sortUnits(units: PlanBoardUnit[], { sort, order }: SortState<BoardSort>): PlanBoardUnit[] {
  const dir = order === 'asc' ? 1 : -1;
  const by: Record<BoardSort, (a: PlanBoardUnit, b: PlanBoardUnit) => number> = {
    name: (a, b) => compareVi(a.unitName, b.unitName),
    status: (a, b) => PROGRESS[a.status] - PROGRESS[b.status],
    total: (a, b) => (a.totalAmount ?? -1) - (b.totalAmount ?? -1),
    updated: (a, b) => (a.updatedAt ?? '').localeCompare(b.updatedAt ?? ''),
  };
  return [...units].sort((a, b) => by[sort](a, b) * dir || compareVi(a.unitName, b.unitName));
}

function GroupTable({ board }: { board: PlanBoard }) {
  const t = useT();
  const groups = BOARD_GROUPS.filter((g) => board.byGroup.some((x) => x.group === g));
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((s, n) => s + n, 0);
  return (
    <div className="scroll-table" role="region" aria-labelledby="board-groups" tabIndex={0}>
      <table className="fig-table row-heads-nowrap">
        <caption id="board-groups">{t('plans.board.byGroup')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.board.group')}</th>
            {PLAN_BOARD_STATUSES.map((s) => (
              <th key={s} scope="col" className="cell-num">
                {t(`plans.status.${s}`)}
              </th>
            ))}
            <th scope="col" className="cell-num">
              {t('plans.board.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const counts = board.byGroup.find((x) => x.group === g)?.counts ?? {};
            return (
              <tr key={g}>
                <th scope="row">{t(`plans.group.${g}`)}</th>
                {PLAN_BOARD_STATUSES.map((s) => (
                  <td key={s} className="cell-num">
                    {formatNumber(counts[s] ?? 0)}
                  </td>
                ))}
                <td className="cell-num strong">{formatNumber(total(counts))}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plans.board.allGroups')}</th>
            {PLAN_BOARD_STATUSES.map((s) => (
              <td key={s} className="cell-num">
                {formatNumber(board.counts[s] ?? 0)}
              </td>
            ))}
            <td className="cell-num">{formatNumber(total(board.counts))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function BoardView({ board, year }: { board: PlanBoard; year: number }) {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState('');
  const group = pickParam(params.get('group'), BOARD_GROUPS);
  const status = pickParam(params.get('status'), PLAN_BOARD_STATUSES);
  const sort: SortState<BoardSort> = {
    sort: pickParam(params.get('sort'), SORTS, 'name'),
    order: pickParam(params.get('order'), ['asc', 'desc'] as const, 'asc'),
  };
  const page = pageParam(params.get('page'));

  const inGroup = board.units.filter((u) => !group || u.group === group);
  const counts = Object.fromEntries(PLAN_BOARD_STATUSES.map((s) => [s, inGroup.filter((u) => u.status === s).length]));
  const needle = foldText(text.trim());
  const shown = sortUnits(
    inGroup.filter((u) => (!status || u.status === status) && (!needle || foldText(u.unitName).includes(needle))),
    sort,
  );
  const pageRows = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const columns: Column<PlanBoardUnit, BoardSort>[] = [
    {
      key: 'unit',
      header: t('plans.col.unit'),
      sortKey: 'name',
      primary: true,
      render: (u) =>
        u.planId ? (
          <Link to={`/plans/${u.planId}`} className="strong-link">
            {u.unitName}
          </Link>
        ) : (
          <span>{u.unitName}</span>
        ),
    },
    { key: 'group', header: t('plans.board.group'), render: (u) => t(`plans.group.${u.group}`) },
    {
      key: 'status',
      header: t('plans.col.status'),
      sortKey: 'status',
      render: (u) => <PlanStatusBadge status={u.status} />,
    },
    {
      key: 'total',
      header: t('plans.col.total'),
      sortKey: 'total',
      className: 'cell-num',
      render: (u) => (u.totalAmount === null ? '—' : formatVnd(u.totalAmount)),
    },
    {
      key: 'updated',
      header: t('plans.col.updated'),
      sortKey: 'updated',
      render: (u) => (u.updatedAt ? formatDateTime(u.updatedAt) : '—'),
    },
  ];

  return (
    <>
      <section aria-labelledby="board-counts">
        <h2 id="board-counts" className="section-title">
          {group ? t('plans.board.countsIn', { group: t(`plans.group.${group}`) }) : t('plans.board.counts')}
        </h2>
        <ul className="stat-grid">
          {PLAN_BOARD_STATUSES.map((s) => (
            <li key={s}>
              <button
                type="button"
                className={`stat-card stat-${s}${status === s ? ' active' : ''}`}
                aria-pressed={status === s}
                onClick={() => update({ status: status === s ? null : s, page: null })}
              >
                <span className="stat-value">{formatNumber(counts[s] ?? 0)}</span>
                <span className="stat-label">{t(`plans.status.${s}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <GroupTable board={board} />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField
          label={t('plans.board.group')}
          value={group ?? ''}
          placeholder={t('common.all')}
          options={BOARD_GROUPS.map((g) => ({ value: g, label: t(`plans.group.${g}`) }))}
          onChange={(e) => update({ group: e.target.value, page: null })}
        />
        <SelectField
          label={t('plans.col.status')}
          value={status ?? ''}
          placeholder={t('common.all')}
          options={PLAN_BOARD_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
        <TextField
          label={t('plans.board.search')}
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            update({ page: null });
          }}
        />
      </section>
      {shown.length === 0 ? (
        <EmptyState title={t('plans.board.empty')}>
          <Button
            size="sm"
            onClick={() => {
              setText('');
              update({ group: null, status: null, page: null });
            }}
          >
            {t('common.clearFilters')}
          </Button>
        </EmptyState>
      ) : (
        <>
          <Table
            caption={t('plans.board.caption', { year })}
            columns={columns}
            rows={pageRows}
            rowKey={(u) => u.unitId}
            sort={sort}
            onSortChange={(s) =>
              update({ sort: s.sort === 'name' ? null : s.sort, order: s.order === 'asc' ? null : s.order, page: null })
            }
          />
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={shown.length}
            onPageChange={(p) => update({ page: p === 1 ? null : p })}
          />
        </>
      )}
    </>
  );
}

/** Where every expected unit stands with its plan for the year, and a reminder to those behind. */
export function PlanBoardPage() {
  const t = useT();
  const canReview = useCan('plan:review');
  const [params, update] = useSearchParamsState();
  const year = yearParam(params.get('year'));
  const query = usePlanBoard(year);
  const [reminding, setReminding] = useState(false);

  return (
    <div className="page">
      <PageHeader
        title={t('plans.board.title', { year })}
        subtitle={query.data ? t('plans.board.asOf', { date: formatDate(query.data.asOf) }) : undefined}
        actions={
          <>
            {canReview ? (
              <Button variant="primary" onClick={() => setReminding(true)} disabled={!query.data}>
                {t('plans.remind.open')}
              </Button>
            ) : null}
            {/* The group and status chosen below; the name search narrows the screen only. */}
            <ExportButtons
              path="/plans/board/export"
              query={{
                year,
                group: pickParam(params.get('group'), BOARD_GROUPS),
                status: pickParam(params.get('status'), PLAN_BOARD_STATUSES),
              }}
            />
          </>
        }
      />
      <PlansTabs year={year} />
      <div className="plans-year">
        <SelectField
          label={t('plans.year')}
          value={String(year)}
          options={yearOptions(year).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) =>
            update({ year: Number(e.target.value) === currentYear() ? null : e.target.value, page: null })
          }
        />
      </div>
      <QueryState query={query}>{(board) => <BoardView board={board} year={year} />}</QueryState>
      {canReview && query.data ? (
        <RemindDialog open={reminding} year={year} units={query.data.units} onClose={() => setReminding(false)} />
      ) : null}
    </div>
  );
}
