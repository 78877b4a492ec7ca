import { useCan } from '../../../lib/auth.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDashboard } from '../api/get-dashboard.ts';
import { indicatorStatus } from '../indicator-format.ts';
import { dashboardPath, useDashboardParams } from '../use-dashboard-params.ts';
import { CompletenessPanel } from './completeness-panel.tsx';
import { DashboardFilters } from './dashboard-filters.tsx';
import { IndicatorCard } from './indicator-card.tsx';

/** Where the city stands against Decision 2780: the 9 targets for a year and a unit, and who reports. */
export function DashboardPage() {
  const t = useT();
  const { query, years, update } = useDashboardParams();
  const dashboard = useDashboard(query);
  const canManage = useCan('report:manage');
  const canReadReports = useCan('report:read');
  const data = dashboard.data;
  const shownQuery = data ? { ...query, unitId: data.unitId } : query;
  const statuses = data?.indicators.map(indicatorStatus) ?? [];
  const withTarget = statuses.filter((s) => s === 'met' || s === 'behind').length;
  const met = statuses.filter((s) => s === 'met').length;

  return (
    <div className="page">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle')}
        actions={
          canManage ? (
            <ButtonLink to="/dashboard/indicators" size="sm">
              {t('dashboard.settings')}
            </ButtonLink>
          ) : null
        }
      />
      <DashboardFilters
        year={query.year}
        years={years}
        unit={data ? { id: data.unitId, name: data.unitName } : null}
        structure={query.structure}
        structureDate={data?.structureDate ?? null}
        onChange={(patch) => update(patch)}
      />
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : data ? (
        <>
          <div className="dash-summary" aria-live="polite">
            <p className="dash-summary-main">
              {withTarget > 0
                ? t('dashboard.summary', { unit: data.unitName, year: data.year, met, total: withTarget })
                : t('dashboard.summaryNoTargets', { unit: data.unitName, year: data.year })}
            </p>
            <p className="muted small">
              {t('dashboard.computed', {
                date: formatDate(data.structureDate),
                ms: formatNumber(data.computedInMs),
              })}
              {dashboard.isFetching ? ` · ${t('dashboard.updating')}` : ''}
            </p>
          </div>
          <section aria-labelledby="dash-targets">
            <h2 id="dash-targets" className="visually-hidden">
              {t('dashboard.targets')}
            </h2>
            <ul className="dash-grid">
              {data.indicators.map((i) => (
                <IndicatorCard
                  key={i.code}
                  indicator={i}
                  year={data.year}
                  to={dashboardPath(`/dashboard/${encodeURIComponent(i.code)}`, shownQuery)}
                />
              ))}
            </ul>
          </section>
          <CompletenessPanel rows={data.completeness} unitId={data.unitId} canOpen={canReadReports} />
        </>
      ) : null}
    </div>
  );
}
