import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PARTNER_KINDS, type PartnerSummary } from '@lantoa/contracts/partners';
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
import { formatNumber, formatVnd } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useFlash } from '../../../lib/use-flash.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { usePartners } from '../api/partners-api.ts';

const PAGE_SIZES = [20, 50, 100] as const;
const SORTS = ['name', '-contributed'] as const;

export function PartnersPage() {
  const t = useT();
  const canManage = useCan('partner:manage');
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
    kind: pickParam(params.get('kind'), PARTNER_KINDS),
    international: pickParam(params.get('international'), ['true', 'false'] as const),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), SORTS, 'name'),
    page: pageParam(params.get('page')),
    pageSize: Number(pickParam(params.get('pageSize'), PAGE_SIZES.map(String), '20')),
  };
  const query = usePartners(listParams);
  const { page: _p, pageSize: _s, ...exportQuery } = listParams;
  const filtered = !!(listParams.kind || listParams.international || listParams.q);
  const columns: Column<PartnerSummary>[] = [
    { key: 'name', header: t('partners.col.name'), primary: true, render: (p) => <Link to={`/partners/${p.id}`} className="strong-link">{p.name}</Link> },
    { key: 'kind', header: t('partners.col.kind'), render: (p) => t(`partners.kind.${p.kind}`) },
    { key: 'scope', header: t('partners.col.scope'), render: (p) => (p.isInternational ? t('partners.scope.international') : t('partners.scope.domestic')) },
    { key: 'agreements', header: t('partners.col.agreements'), className: 'cell-num', render: (p) => formatNumber(p.agreementCount) },
    { key: 'contributed', header: t('partners.col.contributed'), className: 'cell-num', render: (p) => formatVnd(p.contributedVnd) },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('partners.list.title')}
        subtitle={t('partners.list.subtitle')}
        actions={
          <>
            {canManage ? <ButtonLink variant="primary" to="/partners/new">{t('partners.create')}</ButtonLink> : null}
            {canManage ? <ButtonLink to="/partners/import">{t('partners.import')}</ButtonLink> : null}
            <ExportButtons path="/partners/export" query={exportQuery} />
          </>
        }
      />
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>{t('common.close')}</Button>
        </Alert>
      ) : null}
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('partners.kindFilter')} value={listParams.kind ?? ''} placeholder={t('common.all')} options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }))} onChange={(e) => update({ kind: e.target.value, page: null })} />
        <SelectField label={t('partners.scopeFilter')} value={listParams.international ?? ''} placeholder={t('common.all')} options={[{ value: 'false', label: t('partners.scope.domestic') }, { value: 'true', label: t('partners.scope.international') }]} onChange={(e) => update({ international: e.target.value, page: null })} />
        <SelectField label={t('partners.sort')} value={listParams.sort} options={SORTS.map((s) => ({ value: s, label: t(`partners.sort.${s}`) }))} onChange={(e) => update({ sort: e.target.value === 'name' ? null : e.target.value, page: null })} />
        <TextField label={t('partners.search')} type="search" value={text} placeholder={t('partners.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('partners.list.emptyFiltered') : t('partners.list.empty')}>
              {filtered ? <Button size="sm" onClick={() => { setText(''); update({ q: null, kind: null, international: null, page: null }); }}>{t('common.clearFilters')}</Button> : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('partners.list.caption')} columns={columns} rows={data.items} rowKey={(p) => p.id} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} pageSizes={PAGE_SIZES} onPageSizeChange={(size) => update({ pageSize: size === 20 ? null : size, page: null })} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
