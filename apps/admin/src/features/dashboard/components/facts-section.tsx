import { Link } from 'react-router';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatPeriod } from '../../../lib/periods.ts';
import { pageParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { FACTS_PAGE_SIZE, useFacts } from '../api/get-facts.ts';
import type { DashboardParams } from '../api/keys.ts';
import { describeFact } from '../fact-source.ts';

/** "Dữ liệu gốc": the facts behind the figure, each with the report or plan it came from. */
export function FactsSection({
  code,
  query,
  forms,
}: {
  code: string;
  query: DashboardParams;
  forms: readonly ReportForm[] | undefined;
}) {
  const { t, lang } = useI18n();
  const [params, update] = useSearchParamsState();
  const page = pageParam(params.get('fpage'));
  const facts = useFacts(code, { ...query, page });
  const canReadReports = useCan('report:read');
  const canReadPlans = useCan('plan:read');

  return (
    <section className="card" aria-labelledby="dash-facts">
      <h2 id="dash-facts" className="section-title">
        {t('dashboard.facts.title')}
      </h2>
      <p className="muted small">{t('dashboard.facts.hint')}</p>
      {facts.isPending ? (
        <Loading />
      ) : facts.isError ? (
        <ErrorAlert error={facts.error} onRetry={() => void facts.refetch()} />
      ) : facts.data.items.length === 0 ? (
        <p className="muted">{t('dashboard.facts.empty')}</p>
      ) : (
        <>
          <div className="dash-scroll" role="region" aria-labelledby="dash-facts-caption" tabIndex={0}>
            <table className="dash-table dash-facts">
              <caption id="dash-facts-caption" className="visually-hidden">
                {t('dashboard.facts.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.facts.unit')}</th>
                  <th scope="col">{t('dashboard.facts.what')}</th>
                  <th scope="col">{t('dashboard.facts.period')}</th>
                  <th scope="col" className="cell-num">
                    {t('dashboard.facts.value')}
                  </th>
                  <th scope="col">{t('dashboard.facts.source')}</th>
                </tr>
              </thead>
              <tbody>
                {facts.data.items.map((f, i) => {
                  const d = describeFact(f, forms, { reports: canReadReports, plans: canReadPlans });
                  return (
                    <tr key={`${f.sourceId ?? ''}-${f.key}-${f.unitId}-${f.period}-${i}`}>
                      <th scope="row">{f.unitName}</th>
                      <td>
                        {d.elementName ?? f.label}
                        {d.elementName ? <span className="muted small"> ({d.code})</span> : null}
                      </td>
                      <td className="nowrap">{d.period ? formatPeriod(d.period, lang) : f.period}</td>
                      <td className="cell-num">
                        {formatNumber(f.value)}
                        {d.unitLabel ? <span className="muted"> {d.unitLabel}</span> : null}
                      </td>
                      <td className="nowrap">
                        {d.link ? (
                          <Link to={d.link}>{t(`dashboard.facts.open.${d.kind}`)}</Link>
                        ) : (
                          <span className="muted">{t(`dashboard.facts.kind.${d.kind}`)}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageSize={FACTS_PAGE_SIZE}
            total={facts.data.total}
            onPageChange={(p) => update({ fpage: p > 1 ? p : null })}
          />
        </>
      )}
    </section>
  );
}
