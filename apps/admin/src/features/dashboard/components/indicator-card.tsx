import { Link } from 'react-router';
import { useT } from '../../../lib/i18n.tsx';
import type { DashboardIndicator } from '../api/get-dashboard.ts';
import { indicatorStatus } from '../indicator-format.ts';
import { IndicatorBasis, IndicatorFigures } from './indicator-figures.tsx';
import { IndicatorStatusBadge } from './indicator-status-badge.tsx';
import { TrendChart } from './trend-chart.tsx';

/**
 * One target of the programme: its number and name, value against target, met or behind, its
 * course over the years, and where the figure comes from. The whole card opens the target.
 */
export function IndicatorCard({ indicator, year, to }: { indicator: DashboardIndicator; year: number; to: string }) {
  const t = useT();
  const status = indicatorStatus(indicator);
  const titleId = `ind-${indicator.code}`;
  return (
    <li className={`dash-card dash-card-${status}`}>
      <article aria-labelledby={titleId}>
        <p className="dash-card-num">
          {indicator.targetNumber !== null
            ? t('dashboard.targetNumber', { n: indicator.targetNumber })
            : indicator.code}
        </p>
        <h3 id={titleId} className="dash-card-title">
          <Link to={to} className="dash-card-link">
            {indicator.name}
          </Link>
        </h3>
        <IndicatorFigures indicator={indicator} year={year} />
        <div className="dash-card-status">
          <IndicatorStatusBadge status={status} year={year} />
          <IndicatorBasis indicator={indicator} />
        </div>
        <TrendChart
          series={indicator.series}
          targetMax={indicator.targetMax}
          unitLabel={indicator.unitLabel}
          year={year}
          caption={t('dashboard.chart.caption', { name: indicator.name })}
        />
        <p className="dash-source">{indicator.description}</p>
      </article>
    </li>
  );
}
