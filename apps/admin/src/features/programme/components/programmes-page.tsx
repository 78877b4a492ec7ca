import { Link } from 'react-router';
import type { ProgrammeSummary } from '@lantoa/contracts/programme';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { pageParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useProgrammes } from '../api/get-programmes.ts';
import { StatusBadge } from './status-badge.tsx';

const PAGE_SIZE = 20;

export function ProgrammesPage() {
  const t = useT();
  const canManage = useCan('programme:manage');
  const [params, update] = useSearchParamsState();
  const page = pageParam(params.get('page'));
  const query = useProgrammes({ page, pageSize: PAGE_SIZE });

  const columns: Column<ProgrammeSummary>[] = [
    {
      key: 'title',
      header: t('programme.field.title'),
      primary: true,
      render: (p) => (
        <>
          <Link to={`/programme/${p.id}`} className="strong-link">
            {p.title}
          </Link>
          <div className="small muted code">{p.code}</div>
        </>
      ),
    },
    {
      key: 'decision',
      header: t('programme.field.decisionNumber'),
      render: (p) => `${p.decisionNumber} — ${formatDate(p.decisionDate)}`,
    },
    {
      key: 'period',
      header: t('programme.field.period'),
      render: (p) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`,
    },
    { key: 'status', header: t('programme.field.status'), render: (p) => <StatusBadge status={p.status} /> },
    {
      key: 'counts',
      header: t('programme.list.contents'),
      render: (p) =>
        t('programme.list.counts', { areas: formatNumber(p.taskAreaCount), targets: formatNumber(p.targetCount) }),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('programme.list.title')}
        subtitle={t('programme.list.subtitle')}
        actions={
          canManage ? (
            <ButtonLink to="/programme/new" variant="primary">
              {t('programme.create')}
            </ButtonLink>
          ) : null
        }
      />
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('programme.list.empty')}>
              {canManage ? <p>{t('programme.list.emptyManage')}</p> : null}
            </EmptyState>
          ) : (
            <div className="stack">
              <Table caption={t('programme.list.caption')} columns={columns} rows={data.items} rowKey={(p) => p.id} />
              {data.total > PAGE_SIZE ? (
                <Pagination
                  page={data.page}
                  pageSize={data.pageSize}
                  total={data.total}
                  onPageChange={(p) => update({ page: p === 1 ? null : String(p) })}
                />
              ) : null}
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
