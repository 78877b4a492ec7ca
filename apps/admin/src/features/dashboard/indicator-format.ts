import type { Lang } from '../../lib/i18n.tsx';

/** How a target stands: met, behind, no target set for the year, or nothing reported yet. */
export type IndicatorStatus = 'met' | 'behind' | 'noTarget' | 'noData';

export function indicatorStatus(i: {
  value: number | null;
  target: number | null;
  met: boolean | null;
}): IndicatorStatus {
  if (i.value === null) return 'noData';
  if (i.target === null || i.met === null) return 'noTarget';
  return i.met ? 'met' : 'behind';
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/** A figure of an indicator: one decimal at most ("87,5"), with vi-VN separators in Vietnamese. */
export function formatFigure(n: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, digits).format(n);
}

/** A figure with its unit: "87,5 %", "3 lớp", "2 mô hình"; a dash when there is none. */
export function formatIndicatorValue(value: number | null, unitLabel: string, lang: Lang): string {
  if (value === null) return '—';
  const n = formatFigure(value, lang);
  if (unitLabel === '%') return lang === 'vi' ? `${n} %` : `${n}%`;
  return unitLabel ? `${n} ${unitLabel}` : n;
}

/** The target the same way; a range reads "2–3 mô hình". */
export function formatIndicatorTarget(
  target: number | null,
  targetMax: number | null,
  unitLabel: string,
  lang: Lang,
): string {
  if (target === null) return '—';
  if (targetMax === null || targetMax === target) return formatIndicatorValue(target, unitLabel, lang);
  const range = `${formatFigure(target, lang)}–${formatFigure(targetMax, lang)}`;
  if (unitLabel === '%') return lang === 'vi' ? `${range} %` : `${range}%`;
  return unitLabel ? `${range} ${unitLabel}` : range;
}

/**
 * The colour of a unit's tile. A ratio is held against the target in every unit ("100 % of
 * teams trained" applies to each ward); a count such as "2 classes a year" is the city's, so a
 * unit's count only says whether it contributed.
 */
export type TileTone = 'met' | 'near' | 'behind' | 'some' | 'zero' | 'none';

/** Within this many points of a percentage target a unit is "close". */
export const NEAR_POINTS = 10;

export function tileTone(value: number | null, target: number | null, isRatio: boolean): TileTone {
  if (value === null) return 'none';
  if (!isRatio || target === null) return value > 0 ? 'some' : 'zero';
  if (value >= target) return 'met';
  return value >= target - NEAR_POINTS ? 'near' : 'behind';
}

/** The top of a chart's scale: 100 for percentages, else a round number above every figure. */
export function chartTop(figures: readonly (number | null)[], unitLabel: string): number {
  if (unitLabel === '%') return 100;
  const max = Math.max(0, ...figures.filter((n): n is number => n !== null));
  if (max <= 0) return 1;
  // Small counts (classes, models) get one step of room above the highest bar.
  if (max <= 10 && Number.isInteger(max)) return max + 1;
  const padded = max * 1.15;
  const step = 10 ** Math.floor(Math.log10(padded));
  return [1, 2, 2.5, 5, 10].map((m) => m * step).find((v) => v >= padded)!;
}

export const PROGRAMME_FIRST_YEAR = 2022;
export const PROGRAMME_LAST_YEAR = 2025;

/** The years a dashboard offers: the programme's, and the years since while reports still come in. */
export function dashboardYears(today: string): number[] {
  const last = Math.max(PROGRAMME_LAST_YEAR, Number(today.slice(0, 4)));
  const years: number[] = [];
  for (let y = last; y >= PROGRAMME_FIRST_YEAR; y--) years.push(y);
  return years;
}
