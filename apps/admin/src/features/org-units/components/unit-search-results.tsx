import { Link } from 'react-router';
import type { UnitSummary } from '@lantoa/contracts/org-units';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useUnitSearch } from '../api/search-units.ts';
import { ClosedBadge, UncertainBadge, UnitTypeBadge, useValidityText } from './unit-badges.tsx';

export function UnitSearchResults({
  q,
  asOf,
  includeHistorical,
}: {
  q: string;
  asOf: string;
  includeHistorical: boolean;
}) {
  const t = useT();
  const validity = useValidityText();
  const query = useUnitSearch({ q, asOf, includeHistorical });
  const columns: Column<UnitSummary>[] = [
    {
      key: 'name',
      header: t('unit.name'),
      primary: true,
      render: (u) => (
        <Link to={`/org-units/${u.id}`} className="strong-link">
          {u.name}
        </Link>
      ),
    },
    { key: 'type', header: t('unit.type'), render: (u) => <UnitTypeBadge type={u.type} /> },
    { key: 'code', header: t('unit.code'), render: (u) => u.officialCode ?? '—' },
    { key: 'validity', header: t('unit.validity'), render: (u) => validity(u.validFrom, u.validTo) },
    {
      key: 'status',
      header: t('unit.status'),
      render: (u) => (
        <span className="badge-row">
          <ClosedBadge validTo={u.validTo} />
          {u.uncertain ? <UncertainBadge /> : null}
        </span>
      ),
    },
  ];
  return (
    <QueryState query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('search.noResults', { q })}>
            {!includeHistorical ? <p>{t('search.tryHistorical')}</p> : null}
          </EmptyState>
        ) : (
          <>
            <p className="muted" aria-live="polite">
              {t('search.count', { count: formatNumber(data.items.length), q })}
            </p>
            <Table caption={t('search.caption', { q })} columns={columns} rows={data.items} rowKey={(u) => u.id} />
          </>
        )
      }
    </QueryState>
  );
}
