import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { EVENT_KINDS, EVENT_SORTS, type EventSummary } from '@lantoa/contracts/events';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
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
import { useEvents } from '../api/get-events.ts';
import { yearOptions } from '../event-dates.ts';
import { EventsTabs } from './events-tabs.tsx';

const PAGE_SIZES = [20, 50, 100] as const;

export function eventWhen(e: { startsOn: string; endsOn: string }): string {
  return e.startsOn === e.endsOn ? formatDate(e.startsOn) : `${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}`;
}

/** The events the user may read, with filters, search, sorting and pages kept in the address. */
export function EventsPage() {
  const t = useT();
  const canManage = useCan('event:manage');
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
    kind: pickParam(params.get('kind'), EVENT_KINDS),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), EVENT_SORTS, '-starts_on'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useEvents(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.kind || listParams.q || listParams.year);

  const columns: Column<EventSummary>[] = [
    {
      key: 'title',
      header: t('events.col.title'),
      primary: true,
      render: (e) => (
        <>
          <Link to={`/events/${e.id}`} className="strong-link">
            {e.title}
          </Link>
          {e.theme ? <div className="muted small">{e.theme}</div> : null}
        </>
      ),
    },
    { key: 'kind', header: t('events.col.kind'), render: (e) => <Badge tone={e.kind === 'national_dx_day' || e.kind === 'danang_dx_day' ? 'blue' : 'neutral'}>{t(`events.kind.${e.kind}`)}</Badge> },
    { key: 'date', header: t('events.col.date'), render: (e) => eventWhen(e) },
    { key: 'organiser', header: t('events.col.organiser'), render: (e) => e.organiserUnitName },
    { key: 'attendance', header: t('events.col.attendance'), className: 'cell-num', render: (e) => (e.attendance === null ? '—' : formatNumber(e.attendance)) },
    { key: 'products', header: t('events.col.products'), className: 'cell-num', render: (e) => (e.productCount ? formatNumber(e.productCount) : '—') },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('events.list.title')}
        subtitle={t('events.list.subtitle')}
        actions={
          <>
            {canManage ? (
              <>
                <ButtonLink variant="primary" to="/events/new">
                  {t('events.create')}
                </ButtonLink>
                <ButtonLink to="/events/import">{t('events.import')}</ButtonLink>
              </>
            ) : null}
            <ExportButtons path="/events/export" query={exportQuery} />
          </>
        }
      />
      <EventsTabs />
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
          label={t('events.year')}
          value={year ? String(year) : ''}
          placeholder={t('events.allYears')}
          options={yearOptions(year).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => update({ year: e.target.value, page: null })}
        />
        <SelectField
          label={t('events.kindFilter')}
          value={listParams.kind ?? ''}
          placeholder={t('common.all')}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
          onChange={(e) => update({ kind: e.target.value, page: null })}
        />
        <SelectField
          label={t('events.sort')}
          value={listParams.sort}
          options={EVENT_SORTS.map((s) => ({ value: s, label: t(`events.sort.${s}`) }))}
          onChange={(e) => update({ sort: e.target.value === '-starts_on' ? null : e.target.value, page: null })}
        />
        <TextField label={t('events.search')} type="search" value={text} placeholder={t('events.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('events.list.emptyFiltered') : t('events.list.empty', { year: year ?? '' })}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    update({ q: null, kind: null, year: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : canManage ? (
                <p>{t('events.list.emptyEdit')}</p>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('events.list.caption')} columns={columns} rows={data.items} rowKey={(e) => e.id} />
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
