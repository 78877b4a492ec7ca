import { Link } from 'react-router';
import {
  UNIT_GROUPS,
  UNIT_TYPES,
  UNIT_TYPE_GROUP,
  type UnitGroup,
  type UnitSummary,
  type UnitType,
} from '@lantoa/contracts/org-units';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useUnits, type UnitListParams } from '../api/get-units.ts';
import { UncertainBadge, UnitTypeBadge, useValidityText } from './unit-badges.tsx';

type SortKey = UnitListParams['sort'];

export type UnitListFilters = {
  type?: UnitType;
  group?: UnitGroup;
  sort: SortKey;
  order: 'asc' | 'desc';
  page: number;
};

type UnitListProps = {
  asOf: string;
  filters: UnitListFilters;
  onFiltersChange: (next: Partial<UnitListFilters>) => void;
};

const PAGE_SIZE = 50;

/** Every unit valid on the day, as a sortable, filterable table. */
export function UnitList({ asOf, filters, onFiltersChange }: UnitListProps) {
  const t = useT();
  const validity = useValidityText();
  const query = useUnits({ asOf, ...filters, pageSize: PAGE_SIZE });
  const types = filters.group ? UNIT_TYPES.filter((ty) => UNIT_TYPE_GROUP[ty] === filters.group) : UNIT_TYPES;
  const columns: Column<UnitSummary, SortKey>[] = [
    {
      key: 'name',
      header: t('unit.name'),
      sortKey: 'name',
      primary: true,
      render: (u) => (
        <Link to={`/org-units/${u.id}`} className="strong-link">
          {u.name}
        </Link>
      ),
    },
    { key: 'code', header: t('unit.code'), sortKey: 'code', render: (u) => u.officialCode ?? '—' },
    { key: 'type', header: t('unit.type'), sortKey: 'type', render: (u) => <UnitTypeBadge type={u.type} /> },
    { key: 'group', header: t('unit.group'), render: (u) => t(`unitGroup.${u.group}`) },
    { key: 'validity', header: t('unit.validity'), render: (u) => validity(u.validFrom, u.validTo) },
    { key: 'uncertain', header: t('unit.status'), render: (u) => (u.uncertain ? <UncertainBadge /> : null) },
  ];
  return (
    <div className="stack">
      <div className="filters">
        <SelectField
          label={t('unit.group')}
          value={filters.group ?? ''}
          placeholder={t('common.all')}
          options={UNIT_GROUPS.map((g) => ({ value: g, label: t(`unitGroup.${g}`) }))}
          onChange={(e) =>
            onFiltersChange({ group: (e.target.value || undefined) as UnitGroup | undefined, type: undefined, page: 1 })
          }
        />
        <SelectField
          label={t('unit.type')}
          value={filters.type ?? ''}
          placeholder={t('common.all')}
          options={types.map((ty) => ({ value: ty, label: t(`unitType.${ty}`) }))}
          onChange={(e) => onFiltersChange({ type: (e.target.value || undefined) as UnitType | undefined, page: 1 })}
        />
      </div>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('unitList.empty')} />
          ) : (
            <>
              <Table
                caption={t('unitList.caption')}
                columns={columns}
                rows={data.items}
                rowKey={(u) => u.id}
                sort={{ sort: filters.sort, order: filters.order }}
                onSortChange={(s) => onFiltersChange({ sort: s.sort, order: s.order, page: 1 })}
              />
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPageChange={(page) => onFiltersChange({ page })}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
