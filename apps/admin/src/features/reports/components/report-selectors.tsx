import { useState } from 'react';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { SelectField } from '../../../components/ui/field.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { todayIso } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatPeriod } from '../../../lib/periods.ts';
import { periodOptionsFor } from '../report-choice.ts';

export function FormSelect({
  forms,
  value,
  onChange,
}: {
  forms: readonly ReportForm[];
  value: string;
  onChange: (form: ReportForm) => void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('reports.field.form')}
      value={value}
      options={forms.map((f) => ({
        value: f.id,
        label: t('reports.formOption', { name: f.name, type: t(`reports.periodType.${f.periodType}`) }),
      }))}
      onChange={(e) => {
        const form = forms.find((f) => f.id === e.target.value);
        if (form) onChange(form);
      }}
    />
  );
}

/** The periods of the form's kind from 2023 to the current year, newest first. */
export function PeriodSelect({
  form,
  value,
  onChange,
}: {
  form: ReportForm;
  value: string;
  onChange: (period: string) => void;
}) {
  const { t, lang } = useI18n();
  const { ids } = periodOptionsFor(form, todayIso());
  return (
    <SelectField
      label={t('reports.field.period')}
      value={value}
      options={ids.map((id) => ({ value: id, label: formatPeriod(id, lang) }))}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * A unit picker that shows the chosen unit and, once the user asks to change it, the search box;
 * the choice lives with the caller (in the address).
 */
export function UnitChoice({
  unit,
  label,
  onChange,
  error,
}: {
  unit: PickedUnit | null;
  label: string;
  onChange: (unit: PickedUnit) => void;
  error?: string;
}) {
  const [picking, setPicking] = useState(false);
  return (
    <UnitPicker
      label={label}
      value={picking ? null : unit}
      error={error}
      onChange={(next) => {
        if (next) {
          setPicking(false);
          onChange(next);
        } else setPicking(true);
      }}
    />
  );
}
