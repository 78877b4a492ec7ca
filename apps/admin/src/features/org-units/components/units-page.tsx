import { useEffect, useState } from 'react';
import { UNIT_GROUPS, UNIT_TYPES } from '@lantoa/contracts/org-units';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { CheckboxField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDate, parseDateInput, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { UnitList, type UnitListFilters } from './unit-list.tsx';
import { UnitSearchResults } from './unit-search-results.tsx';
import { UnitTree } from './unit-tree.tsx';

/** Days on which Đà Nẵng's structure was different: before the 2025 ward merger and after 1 July 2025. */
const QUICK_DATES = ['2024-06-01', '2025-08-01'] as const;
const VIEWS = ['tree', 'list'] as const;

export function UnitsPage() {
  const t = useT();
  const canRestructure = useCan('org-unit:restructure');
  const [params, update] = useSearchParamsState();
  const today = todayIso();
  const asOf = parseDateInput(params.get('asOf') ?? '') ?? today;
  const view = pickParam(params.get('view'), VIEWS, 'tree');
  const includeHistorical = params.get('hist') === '1';
  const urlQ = params.get('q') ?? '';
  const [text, setText] = useState(urlQ);
  const q = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (q !== urlQ) update({ q });
    // Only the debounced text writes the address; the address is read once into the box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const filters: UnitListFilters = {
    type: pickParam(params.get('type'), UNIT_TYPES),
    group: pickParam(params.get('group'), UNIT_GROUPS),
    sort: pickParam(params.get('sort'), ['name', 'code', 'type'] as const, 'name'),
    order: pickParam(params.get('order'), ['asc', 'desc'] as const, 'asc'),
    page: pageParam(params.get('page')),
  };

  // What the page shows is what is exported: search results, the filtered list, or the whole day.
  const exportQuery = q
    ? { asOf, q }
    : view === 'list'
      ? { asOf, type: filters.type, group: filters.group, sort: filters.sort, order: filters.order }
      : { asOf };

  const quick = [
    { iso: today, label: t('units.today') },
    ...QUICK_DATES.map((iso) => ({ iso, label: formatDate(iso) })),
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('units.title')}
        subtitle={t('units.subtitle')}
        actions={
          <>
            {canRestructure ? (
              <>
                <ButtonLink to="/org-units/new" variant="primary">
                  {t('units.create')}
                </ButtonLink>
                <ButtonLink to="/org-units/merge">{t('units.merge')}</ButtonLink>
                <ButtonLink to="/org-units/import">{t('units.import')}</ButtonLink>
              </>
            ) : null}
            <ExportButtons path="/org-units/export" query={exportQuery} />
          </>
        }
      />
      <section className="card toolbar" aria-label={t('units.toolbar')}>
        <div className="toolbar-date">
          <DatePicker
            label={t('units.asOf')}
            value={asOf}
            onChange={(iso) => {
              if (iso) update({ asOf: iso === today ? null : iso, page: null });
            }}
            hint={t('units.asOfHint')}
          />
          <div className="quick-dates" role="group" aria-label={t('units.quickDates')}>
            {quick.map((d) => (
              <button
                key={d.iso}
                type="button"
                className={d.iso === asOf ? 'chip active' : 'chip'}
                aria-pressed={d.iso === asOf}
                onClick={() => update({ asOf: d.iso === today ? null : d.iso, page: null })}
              >
                {d.label}
              </button>
            ))}
          </div>
        </div>
        <div className="toolbar-search">
          <TextField
            label={t('units.search')}
            type="search"
            value={text}
            placeholder={t('units.searchPlaceholder')}
            hint={t('units.searchHint')}
            onChange={(e) => setText(e.target.value)}
          />
          <CheckboxField
            label={t('units.includeHistorical')}
            checked={includeHistorical}
            onChange={(e) => update({ hist: e.target.checked ? '1' : null })}
          />
        </div>
      </section>

      {q ? (
        <section aria-label={t('search.title')} className="stack">
          <UnitSearchResults q={q} asOf={asOf} includeHistorical={includeHistorical} />
        </section>
      ) : (
        <section className="stack" aria-label={t('units.structure')}>
          <div className="segmented" role="group" aria-label={t('units.view')}>
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                className={v === view ? 'segment active' : 'segment'}
                aria-pressed={v === view}
                onClick={() => update({ view: v === 'tree' ? null : v, page: null })}
              >
                {t(`units.view.${v}`)}
              </button>
            ))}
          </div>
          {view === 'tree' ? (
            <UnitTree asOf={asOf} />
          ) : (
            <UnitList
              asOf={asOf}
              filters={filters}
              onFiltersChange={(patch) =>
                update({
                  ...('type' in patch ? { type: patch.type } : {}),
                  ...('group' in patch ? { group: patch.group } : {}),
                  ...(patch.sort ? { sort: patch.sort === 'name' ? null : patch.sort } : {}),
                  ...(patch.order ? { order: patch.order === 'asc' ? null : patch.order } : {}),
                  ...(patch.page !== undefined ? { page: patch.page === 1 ? null : patch.page } : {}),
                })
              }
            />
          )}
        </section>
      )}
    </div>
  );
}
