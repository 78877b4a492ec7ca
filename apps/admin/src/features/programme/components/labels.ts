import type { Responsibility, Target } from '@lantoa/contracts/programme';
import { formatNumber } from '../../../lib/format.ts';
import type { Translate } from '../../../lib/i18n.tsx';

/** "100%", "2 lớp/năm", "2–3 mô hình/năm" in the chosen language. */
export function targetValueText(
  t: Translate,
  target: Pick<Target, 'targetValue' | 'targetValueMax' | 'unit' | 'isYearly'>,
): string {
  const value =
    target.targetValueMax !== null && target.targetValueMax !== target.targetValue
      ? `${formatNumber(target.targetValue)}–${formatNumber(target.targetValueMax)}`
      : formatNumber(target.targetValue);
  const base =
    target.unit === '%'
      ? t('programme.target.valuePercent', { value })
      : t('programme.target.valueSingle', { value, unit: target.unit });
  return target.isYearly ? t('programme.target.perYear', { value: base }) : base;
}

/** The unit's name, or "Group: every ward" for a responsibility given to a kind of unit. */
export function responsibleName(t: Translate, r: Pick<Responsibility, 'unitName' | 'unitGroup'>): string {
  if (r.unitName) return r.unitName;
  if (r.unitGroup) return t('programme.groupLabel', { group: t(`unitGroup.${r.unitGroup}`) });
  return '—';
}

/** A number typed by a person: "2,5" and "2.5" alike; empty means "not given" (the schema says what is missing). */
export function parseNumberInput(text: string): number | undefined {
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  return s === '' ? undefined : Number(s);
}

export function numberInputText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
}
