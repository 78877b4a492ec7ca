import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { REWARD_STATUSES } from '@lantoa/contracts/rewards';
import { Badge } from '../../../components/ui/badge.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useRewards, type RewardSummary } from '../api/rewards.ts';

export function RewardStatusBadge({ status }: { status: RewardSummary['status'] }) {
  const t = useT();
  const tone = status === 'awarded' || status === 'approved' ? 'green' : status === 'rejected' ? 'red' : status === 'reviewing' ? 'purple' : 'amber';
  return <Badge tone={tone}>{t(`rewards.status.${status}`)}</Badge>;
}

export function RewardsPage() {
  const t = useT();
  const canManage = useCan('reward:manage');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const listParams = { status: pickParam(params.get('status'), REWARD_STATUSES), q: params.get('q') || undefined, page: pageParam(params.get('page')), pageSize: 20 };
  const query = useRewards(listParams);
  const columns: Column<RewardSummary>[] = [
    { key: 'nominee', header: t('rewards.col.nominee'), primary: true, render: (r) => <Link to={`/rewards/${r.id}`} className="strong-link">{r.nominee}</Link> },
    { key: 'unit', header: t('rewards.col.unit'), render: (r) => r.unitName },
    { key: 'award', header: t('rewards.col.award'), render: (r) => `${r.award} (${t(`rewards.kind.${r.kind}`)})` },
    { key: 'year', header: t('rewards.col.year'), render: (r) => r.year },
    { key: 'status', header: t('rewards.col.status'), render: (r) => <RewardStatusBadge status={r.status} /> },
    { key: 'evidence', header: t('rewards.col.evidence'), className: 'cell-num', render: (r) => r.evidenceCount },
  ];
  return (
    <div className="page">
      <PageHeader title={t('rewards.title')} subtitle={t('rewards.subtitle')} actions={canManage ? <ButtonLink variant="primary" to="/rewards/new">{t('rewards.new')}</ButtonLink> : null} />
      <section className="card filters" aria-label={t('common.filters')}>
        <TextField label={t('rewards.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <SelectField
          label={t('rewards.col.status')}
          value={listParams.status ?? ''}
          placeholder={t('common.all')}
          options={REWARD_STATUSES.map((s) => ({ value: s, label: t(`rewards.status.${s}`) }))}
          onChange={(e) => update({ status: e.target.value, page: null })}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('rewards.empty')} />
          ) : (
            <>
              <Table caption={t('rewards.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
