import { useI18n } from '../../../lib/i18n.tsx';
import type { DashboardIndicator } from '../api/get-dashboard.ts';
import { formatIndicatorTarget, formatIndicatorValue } from '../indicator-format.ts';

/** The value and the target side by side: "87,5 % / 100 %". */
export function IndicatorFigures({ indicator, year }: { indicator: DashboardIndicator; year: number }) {
  const { t, lang } = useI18n();
  return (
    <div className="dash-figures">
      <p className="dash-figure">
        <span className="dash-figure-label">{t('dashboard.actual')}</span>
        <span className="dash-figure-value">{formatIndicatorValue(indicator.value, indicator.unitLabel, lang)}</span>
      </p>
      <span className="dash-figure-sep" aria-hidden="true">
        /
      </span>
      <p className="dash-figure">
        <span className="dash-figure-label">{t('dashboard.targetOf', { year })}</span>
        <span className="dash-figure-target">
          {formatIndicatorTarget(indicator.target, indicator.targetMax, indicator.unitLabel, lang)}
        </span>
      </p>
    </div>
  );
}

/** What the figure is made of: numerator over denominator for a ratio, how many units reported. */
export function IndicatorBasis({ indicator }: { indicator: DashboardIndicator }) {
  const { t, lang } = useI18n();
  const n = (x: number) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(x);
  if (indicator.aggregation === 'ratio' && indicator.denominator !== null) {
    return (
      <p className="dash-basis">
        {t('dashboard.basis.ratio', { num: n(indicator.numerator), den: n(indicator.denominator) })}
      </p>
    );
  }
  return <p className="dash-basis">{t('dashboard.basis.units', { count: n(indicator.unitsWithData) })}</p>;
}
