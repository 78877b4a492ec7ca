import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '@lantoa/contracts/audit';
import { Button } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatDateTime, parseDateInput } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useAudit } from '../api/get-audit.ts';
import { AuditDetail, entityPath } from './audit-detail.tsx';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, useAuditLabels } from './audit-labels.ts';

const PAGE_SIZE = 50;

export function AuditPage() {
  const t = useT();
  const labels = useAuditLabels();
  const [params, update] = useSearchParamsState();
  const [entityIdText, setEntityIdText] = useState(params.get('entityId') ?? '');
  const entityId = useDebouncedValue(entityIdText.trim(), 400);
  const [selected, setSelected] = useState<AuditEntry | null>(null);

  useEffect(() => {
    if (entityId !== (params.get('entityId') ?? '')) update({ entityId, page: null });
    // The debounced text is the only writer of entityId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entityId]);

  const from = parseDateInput(params.get('from') ?? '') ?? '';
  const to = parseDateInput(params.get('to') ?? '') ?? '';
  const actorId = params.get('actorId') ?? '';
  const query = useAudit({
    entityType: params.get('entityType') || undefined,
    entityId: params.get('entityId') || undefined,
    actorId: actorId || undefined,
    action: params.get('action') || undefined,
    from: from || undefined,
    to: to || undefined,
    page: pageParam(params.get('page')),
    pageSize: PAGE_SIZE,
  });
  const filtered = ['entityType', 'entityId', 'actorId', 'action', 'from', 'to'].some((k) => params.get(k));
  const rangeError = from && to && from > to ? t('audit.rangeInvalid') : undefined;

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.at'), primary: true, className: 'nowrap', render: (e) => formatDateTime(e.at) },
    {
      key: 'actor',
      header: t('audit.actor'),
      render: (e) =>
        e.actorId ? (
          <button
            type="button"
            className="link-button"
            onClick={() => update({ actorId: e.actorId, actorName: e.actorName, page: null })}
            title={t('audit.filterByActor')}
          >
            {e.actorName ?? e.actorId}
          </button>
        ) : (
          (e.actorName ?? t('audit.system'))
        ),
    },
    { key: 'action', header: t('audit.action'), render: (e) => labels.action(e.action) },
    {
      key: 'entity',
      header: t('audit.entity'),
      className: 'nowrap',
      render: (e) => {
        const path = entityPath(e.entityType, e.entityId);
        return path ? <Link to={path}>{labels.entity(e.entityType)}</Link> : labels.entity(e.entityType);
      },
    },
    { key: 'summary', header: t('audit.summary'), render: (e) => e.summary ?? '—' },
    {
      key: 'detail',
      header: t('audit.detail'),
      render: (e) => (
        <Button
          size="sm"
          onClick={() => setSelected(e)}
          aria-label={t('audit.viewDetailOf', { time: formatDateTime(e.at) })}
        >
          {t('audit.viewDetail')}
        </Button>
      ),
    },
  ];

  return (
    <div className="page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField
          label={t('audit.entityType')}
          value={params.get('entityType') ?? ''}
          placeholder={t('common.all')}
          options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: labels.entity(e) }))}
          onChange={(e) => update({ entityType: e.target.value, page: null })}
        />
        <TextField
          label={t('audit.entityId')}
          value={entityIdText}
          onChange={(e) => setEntityIdText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          label={t('audit.action')}
          value={params.get('action') ?? ''}
          placeholder={t('common.all')}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: labels.action(a) }))}
          onChange={(e) => update({ action: e.target.value, page: null })}
        />
        <DatePicker
          label={t('audit.from')}
          value={from}
          onChange={(iso) => update({ from: iso, page: null })}
          max={to || undefined}
          hint={null}
        />
        <DatePicker
          label={t('audit.to')}
          value={to}
          onChange={(iso) => update({ to: iso, page: null })}
          min={from || undefined}
          error={rangeError}
          hint={null}
        />
        {actorId ? (
          <div className="active-filter">
            <span>{t('audit.actorFilter', { name: params.get('actorName') ?? actorId })}</span>
            <Button size="sm" variant="ghost" onClick={() => update({ actorId: null, actorName: null, page: null })}>
              {t('common.remove')}
            </Button>
          </div>
        ) : null}
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('audit.emptyFiltered') : t('audit.empty')}>
              {filtered ? (
                <Button
                  size="sm"
                  onClick={() => {
                    setEntityIdText('');
                    update({
                      entityType: null,
                      entityId: null,
                      actorId: null,
                      actorName: null,
                      action: null,
                      from: null,
                      to: null,
                      page: null,
                    });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('audit.caption')} columns={columns} rows={data.items} rowKey={(e) => e.id} />
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPageChange={(page) => update({ page: page === 1 ? null : page })}
              />
            </>
          )
        }
      </QueryState>
      <Modal open={selected !== null} title={t('audit.detailTitle')} onClose={() => setSelected(null)} wide>
        {selected ? <AuditDetail entry={selected} /> : null}
      </Modal>
    </div>
  );
}
