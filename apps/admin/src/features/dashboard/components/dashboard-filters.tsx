import { SelectField } from '../../../components/ui/field.tsx';
import type { PickedUnit } from '../../../components/unit-picker.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { StructureMode } from '../use-dashboard-params.ts';
import { UnitChoice } from './unit-choice.tsx';

type DashboardFiltersProps = {
  year: number;
  years: readonly number[];
  unit: PickedUnit | null;
  structure: StructureMode;
  structureDate: string | null;
  onChange: (patch: { year?: number; unitId?: string; structure?: StructureMode }) => void;
};

/** Year, unit and the structure units are counted on: that of the year, or today's. */
export function DashboardFilters({ year, years, unit, structure, structureDate, onChange }: DashboardFiltersProps) {
  const t = useT();
  return (
    <section className="card dash-filters" aria-label={t('common.filters')}>
      <SelectField
        label={t('dashboard.year')}
        value={String(year)}
        options={years.map((y) => ({
          value: String(y),
          label: y > 2025 ? t('dashboard.yearAfter', { year: y }) : String(y),
        }))}
        onChange={(e) => onChange({ year: Number(e.target.value) })}
      />
      <UnitChoice label={t('dashboard.unit')} unit={unit} onChange={(u) => onChange({ unitId: u.id })} />
      <fieldset className="dash-structure">
        <legend className="field-label">{t('dashboard.structure')}</legend>
        <div className="segmented">
          {(['as-of', 'today'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              className={structure === mode ? 'segment active' : 'segment'}
              aria-pressed={structure === mode}
              onClick={() => onChange({ structure: mode })}
            >
              {t(`dashboard.structure.${mode}`)}
            </button>
          ))}
        </div>
        <p className="field-hint">
          {structure === 'today'
            ? t('dashboard.structure.todayHint')
            : t('dashboard.structure.asOfHint', { date: structureDate ? formatDate(structureDate) : `31/12/${year}` })}
        </p>
      </fieldset>
    </section>
  );
}
