import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ROLES } from '@lantoa/contracts/access';
import type { UserView } from '@lantoa/contracts/users';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
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
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { USER_SORTS, useUsers, type UserSort } from '../api/get-users.ts';

const PAGE_SIZES = [20, 50, 100] as const;

export function UsersPage() {
  const t = useT();
  const canManage = useCan('user:manage');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  const [unit, setUnit] = useState<PickedUnit | null>(() => {
    const id = params.get('unitId');
    return id ? { id, name: params.get('unitName') ?? id } : null;
  });

  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const listParams = {
    q: params.get('q') || undefined,
    role: pickParam(params.get('role'), ROLES),
    unitId: params.get('unitId') || undefined,
    active: pickParam(params.get('active'), ['true', 'false'] as const),
    sort: pickParam(params.get('sort'), USER_SORTS, 'username'),
    order: pickParam(params.get('order'), ['asc', 'desc'] as const, 'asc'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = useUsers(listParams);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listParams;
  const filtered = !!(listParams.q || listParams.role || listParams.unitId || listParams.active);

  const columns: Column<UserView, UserSort>[] = [
    {
      key: 'fullName',
      header: t('user.fullName'),
      sortKey: 'fullName',
      primary: true,
      render: (u) => (
        <Link to={`/users/${u.id}`} className="strong-link">
          {u.fullName}
        </Link>
      ),
    },
    {
      key: 'username',
      header: t('user.username'),
      sortKey: 'username',
      render: (u) => <span className="code">{u.username}</span>,
    },
    { key: 'unit', header: t('user.unit'), render: (u) => u.unitName ?? '—' },
    {
      key: 'roles',
      header: t('user.roles'),
      render: (u) =>
        u.roles.length === 0 ? (
          <span className="muted">{t('user.noRoles')}</span>
        ) : (
          <ul className="plain-list">
            {u.roles.map((r) => (
              <li key={r.id}>
                {t(`role.${r.role}`)} <span className="muted">— {r.unitName}</span>
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'status',
      header: t('user.status'),
      render: (u) =>
        u.isActive ? <Badge tone="green">{t('user.active')}</Badge> : <Badge tone="red">{t('user.inactive')}</Badge>,
    },
    {
      key: 'lastLoginAt',
      header: t('user.lastLogin'),
      sortKey: 'lastLoginAt',
      render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('user.never')),
    },
    { key: 'createdAt', header: t('user.createdAt'), sortKey: 'createdAt', render: (u) => formatDateTime(u.createdAt) },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('users.title')}
        actions={
          <>
            {canManage ? (
              <>
                <ButtonLink to="/users/new" variant="primary">
                  {t('users.create')}
                </ButtonLink>
                <ButtonLink to="/users/import">{t('users.import')}</ButtonLink>
              </>
            ) : null}
            <ExportButtons path="/users/export" query={exportQuery} />
          </>
        }
      />
      <section className="card filters" aria-label={t('common.filters')}>
        <TextField
          label={t('users.search')}
          type="search"
          value={text}
          placeholder={t('users.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <SelectField
          label={t('user.role')}
          value={listParams.role ?? ''}
          placeholder={t('common.all')}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={(e) => update({ role: e.target.value, page: null })}
        />
        <SelectField
          label={t('user.status')}
          value={listParams.active ?? ''}
          placeholder={t('common.all')}
          options={[
            { value: 'true', label: t('user.active') },
            { value: 'false', label: t('user.inactive') },
          ]}
          onChange={(e) => update({ active: e.target.value, page: null })}
        />
        <UnitPicker
          label={t('user.unit')}
          value={unit}
          includeHistorical
          placeholder={t('units.searchPlaceholder')}
          onChange={(u) => {
            setUnit(u);
            update({ unitId: u?.id, unitName: u?.name, page: null });
          }}
        />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('users.emptyFiltered') : t('users.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setText('');
                    setUnit(null);
                    update({ q: null, role: null, active: null, unitId: null, unitName: null, page: null });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table
                caption={t('users.caption')}
                columns={columns}
                rows={data.items}
                rowKey={(u) => u.id}
                sort={{ sort: listParams.sort, order: listParams.order }}
                onSortChange={(s) =>
                  update({
                    sort: s.sort === 'username' ? null : s.sort,
                    order: s.order === 'asc' ? null : s.order,
                    page: null,
                  })
                }
              />
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
