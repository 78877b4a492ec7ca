import { Link } from 'react-router';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useT, type Translate } from '../../../lib/i18n.tsx';
import { useIndicators, type IndicatorDefinition, type Provider } from '../api/get-indicators.ts';
import { useReportForms } from '../api/get-report-forms.ts';
import { paramsOf, paramText, type FormulaPart } from '../formula.ts';

export function partText(
  t: Translate,
  part: FormulaPart,
  providers: readonly Provider[],
  forms: readonly ReportForm[] | undefined,
): string {
  const label = providers.find((p) => p.name === part.provider)?.label ?? part.provider;
  const details = paramsOf(part.provider)
    .map((name) => {
      const v = paramText(part.params[name]);
      if (v === '') return null;
      if (name === 'element') {
        const el = forms?.flatMap((f) => f.elements).find((e) => e.code === v);
        return el ? `${v} — ${el.name}` : v;
      }
      if (name === 'group') return t(`dashboard.group.${v}`);
      return t('dashboard.settings.minValue', { min: v });
    })
    .filter(Boolean);
  return details.length ? `${label} (${details.join('; ')})` : label;
}

/** How an indicator is computed, in one sentence of the settings list. */
function FormulaText({
  def,
  providers,
  forms,
}: {
  def: IndicatorDefinition;
  providers: readonly Provider[];
  forms: readonly ReportForm[] | undefined;
}) {
  const t = useT();
  const f = def.formula;
  return (
    <div className="dash-formula">
      <p>
        <strong>{t(`dashboard.aggregation.${f.aggregation}`)}</strong>
        {f.scale !== 1 ? ` × ${f.scale}` : ''}
      </p>
      <p>
        <span className="muted">{t('dashboard.settings.numerator')}: </span>
        {partText(t, f.numerator, providers, forms)}
      </p>
      {f.denominator ? (
        <p>
          <span className="muted">{t('dashboard.settings.denominator')}: </span>
          {partText(t, f.denominator, providers, forms)}
        </p>
      ) : null}
      <p className="muted small">{t(`dashboard.missingRule.${f.missing}`)}</p>
    </div>
  );
}

/** Indicator definitions by year: what each target is computed from, and since when. */
export function IndicatorSettingsPage() {
  const t = useT();
  const [flash] = useFlash();
  const defs = useIndicators();
  const forms = useReportForms(true);

  return (
    <div className="page">
      <PageHeader title={t('dashboard.settings.title')} subtitle={t('dashboard.settings.subtitle')}>
        <nav aria-label={t('dashboard.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/dashboard">{t('dashboard.title')}</Link>
            </li>
            <li aria-current="page">{t('dashboard.settings.title')}</li>
          </ol>
        </nav>
      </PageHeader>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      {defs.isPending ? (
        <Loading />
      ) : defs.isError ? (
        <ErrorAlert error={defs.error} onRetry={() => void defs.refetch()} />
      ) : defs.data.items.length === 0 ? (
        <EmptyState title={t('dashboard.settings.empty')} />
      ) : (
        <div className="dash-scroll" role="region" aria-labelledby="dash-defs-caption" tabIndex={0}>
          <table className="dash-table dash-defs">
            <caption id="dash-defs-caption" className="visually-hidden">
              {t('dashboard.settings.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.settings.indicator')}</th>
                <th scope="col">{t('dashboard.settings.years')}</th>
                <th scope="col">{t('dashboard.settings.unitLabel')}</th>
                <th scope="col">{t('dashboard.settings.formula')}</th>
              </tr>
            </thead>
            <tbody>
              {defs.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <span className="dash-card-num">
                      {d.targetNumber !== null ? t('dashboard.targetNumber', { n: d.targetNumber }) : d.code} · {d.code}
                    </span>
                    <Link to={`/dashboard/indicators/${d.id}`} className="strong-link dash-def-name">
                      {d.name}
                    </Link>
                    <span className="visually-hidden"> {t('dashboard.settings.editHint')}</span>
                  </th>
                  <td className="nowrap">
                    {d.validToYear === null
                      ? t('dashboard.settings.fromYear', { from: d.validFromYear })
                      : t('dashboard.settings.yearRange', { from: d.validFromYear, to: d.validToYear })}
                  </td>
                  <td>{d.unitLabel}</td>
                  <td>
                    <FormulaText def={d} providers={defs.data.providers} forms={forms.data} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
