import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useBreakdown, type BreakdownRow } from '../api/get-breakdown.ts';
import { useDashboard, type DashboardIndicator } from '../api/get-dashboard.ts';
import { useIndicators, type IndicatorDefinition } from '../api/get-indicators.ts';
import type { DashboardParams } from '../api/keys.ts';
import { useReportForms } from '../api/get-report-forms.ts';
import { indicatorStatus } from '../indicator-format.ts';
import { dashboardPath, useDashboardParams } from '../use-dashboard-params.ts';
import { BreakdownTable } from './breakdown-table.tsx';
import { DashboardFilters } from './dashboard-filters.tsx';
import { FactsSection } from './facts-section.tsx';
import { IndicatorBasis, IndicatorFigures } from './indicator-figures.tsx';
import { IndicatorStatusBadge } from './indicator-status-badge.tsx';
import { TrendChart } from './trend-chart.tsx';
import { UnitTiles } from './unit-tiles.tsx';

/** The units passed through on the way down, so that each can be gone back to. */
type Trail = { id: string; name: string }[];

function readTrail(state: unknown): Trail {
  const trail = (state as { trail?: unknown } | null)?.trail;
  return Array.isArray(trail) ? (trail as Trail) : [];
}

/** The definition in force for a year: the one whose span of years holds it. */
function definitionFor(defs: readonly IndicatorDefinition[] | undefined, code: string, year: number) {
  return defs?.find(
    (d) => d.code === code && d.validFromYear <= year && (d.validToYear === null || year <= d.validToYear),
  );
}

/** One target in depth: by unit (table and tiles), with drill-down, and the facts behind it. */
export function IndicatorDetailPage() {
  const t = useT();
  const { code = '' } = useParams();
  const location = useLocation();
  const trail = readTrail(location.state);
  const { query, years, update } = useDashboardParams();
  const dashboard = useDashboard(query);
  const data = dashboard.data;
  const indicator = data?.indicators.find((i) => i.code === code);
  const shown: DashboardParams = data ? { ...query, unitId: data.unitId } : query;
  const backTo = dashboardPath('/dashboard', shown);
  const title = indicator
    ? `${indicator.targetNumber !== null ? t('dashboard.targetNumber', { n: indicator.targetNumber }) : indicator.code}: ${indicator.name}`
    : t('dashboard.title');

  return (
    <div className="page">
      <PageHeader
        title={title}
        subtitle={data ? t('dashboard.detail.subtitle', { unit: data.unitName, year: data.year }) : undefined}
      >
        <nav aria-label={t('dashboard.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              <Link to={backTo}>{t('dashboard.title')}</Link>
            </li>
            <li aria-current="page">
              {indicator?.targetNumber != null ? t('dashboard.targetNumber', { n: indicator.targetNumber }) : code}
            </li>
          </ol>
        </nav>
      </PageHeader>
      <DashboardFilters
        year={query.year}
        years={years}
        unit={data ? { id: data.unitId, name: data.unitName } : null}
        structure={query.structure}
        structureDate={data?.structureDate ?? null}
        onChange={(patch) => update({ ...patch, fpage: null })}
      />
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : !data || !indicator ? (
        <EmptyState title={t('dashboard.detail.notFound', { code })} />
      ) : (
        <Detail indicator={indicator} query={shown} unitName={data.unitName} year={data.year} trail={trail} />
      )}
    </div>
  );
}

function Detail({
  indicator,
  query,
  unitName,
  year,
  trail,
}: {
  indicator: DashboardIndicator;
  query: DashboardParams;
  unitName: string;
  year: number;
  trail: Trail;
}) {
  const t = useT();
  const canReadReports = useCan('report:read');
  const forms = useReportForms(canReadReports);
  const defs = useIndicators();
  const breakdown = useBreakdown(indicator.code, query);
  const def = definitionFor(defs.data?.items, indicator.code, year);
  const status = indicatorStatus(indicator);
  const isRatio = indicator.aggregation === 'ratio';

  const linkTo = (row: BreakdownRow) => ({
    to: dashboardPath(`/dashboard/${encodeURIComponent(indicator.code)}`, { ...query, unitId: row.unitId }),
    state: { trail: [...trail, { id: query.unitId ?? '', name: unitName }] },
  });

  return (
    <>
      {trail.length ? (
        <nav aria-label={t('dashboard.detail.trail')} className="breadcrumbs dash-trail">
          <ol>
            {trail.map((u, i) => (
              <li key={`${u.id}-${i}`}>
                <Link
                  to={dashboardPath(`/dashboard/${encodeURIComponent(indicator.code)}`, { ...query, unitId: u.id })}
                  state={{ trail: trail.slice(0, i) }}
                >
                  {u.name}
                </Link>
              </li>
            ))}
            <li aria-current="page">{unitName}</li>
          </ol>
        </nav>
      ) : null}
      <section className="card dash-detail" aria-labelledby="dash-detail-figure">
        <h2 id="dash-detail-figure" className="visually-hidden">
          {t('dashboard.detail.figure')}
        </h2>
        <div className="dash-detail-main">
          <IndicatorFigures indicator={indicator} year={year} />
          <div className="dash-card-status">
            <IndicatorStatusBadge status={status} year={year} />
            <IndicatorBasis indicator={indicator} />
          </div>
          {def ? (
            <p className="dash-rule">
              {t(`dashboard.rule.${def.formula.aggregation}`)}
              {def.formula.denominator ? ` ${t(`dashboard.missing.${def.formula.missing}`)}` : ''}
            </p>
          ) : null}
          <p className="dash-source">{indicator.description}</p>
          {def && def.validFromYear > 2022 ? (
            <p className="muted small">{t('dashboard.detail.versionFrom', { year: def.validFromYear })}</p>
          ) : null}
        </div>
        <TrendChart
          series={indicator.series}
          targetMax={indicator.targetMax}
          unitLabel={indicator.unitLabel}
          year={year}
          caption={t('dashboard.chart.caption', { name: indicator.name })}
          size="lg"
        />
      </section>
      {breakdown.isPending ? (
        <Loading />
      ) : breakdown.isError ? (
        <ErrorAlert error={breakdown.error} onRetry={() => void breakdown.refetch()} />
      ) : (
        <>
          <p className="muted small">
            {t('dashboard.detail.structureOf', { date: formatDate(breakdown.data.structureDate) })}
          </p>
          {/* The picture first: who is behind at a glance; the table below holds the figures. */}
          {breakdown.data.rows.length ? (
            <UnitTiles
              rows={breakdown.data.rows}
              target={breakdown.data.target}
              isRatio={isRatio}
              unitLabel={indicator.unitLabel}
              linkTo={linkTo}
            />
          ) : null}
          <BreakdownTable data={breakdown.data} indicator={indicator} unitName={unitName} linkTo={linkTo} />
        </>
      )}
      <FactsSection code={indicator.code} query={query} forms={forms.data} />
    </>
  );
}
