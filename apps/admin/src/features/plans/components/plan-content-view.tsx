import type { UnitGroup } from '@lantoa/contracts/org-units';
import type { PlanView } from '@lantoa/contracts/plans';
import { formatDate, formatNumber, formatVnd } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { TaskAreaOption } from '../api/get-task-areas.ts';
import { SourceTotals } from './budget-line-fields.tsx';

export function taskAreaLabel(areas: readonly TaskAreaOption[], n: number): string {
  const area = areas.find((a) => a.number === n);
  return area ? `${n}. ${area.title}` : String(n);
}

/** A plan that cannot be edited now (sent, accepted, or not the user's), read as a document. */
export function PlanContentView({
  plan,
  taskAreas,
  unitGroup,
}: {
  plan: PlanView;
  taskAreas: readonly TaskAreaOption[];
  unitGroup: UnitGroup | undefined;
}) {
  const t = useT();
  const yesNo = (v: boolean) => t(v ? 'plans.compare.yes' : 'plans.compare.no');
  const activityNo = new Map(plan.activities.map((a, i) => [a.id, i + 1]));
  const showSocioEconomic = unitGroup === 'locality' || plan.inSocioEconomicPlan;
  const showProgrammes =
    unitGroup === 'mass_organisation' || plan.inYearlyProgramme || plan.inMidTermProgramme || plan.inLongTermProgramme;

  return (
    <>
      <section className="card" aria-labelledby="plan-general">
        <h2 id="plan-general" className="section-title">
          {t('plans.section.general')}
        </h2>
        <dl className="details">
          <dt>{t('plans.field.title')}</dt>
          <dd>{plan.title}</dd>
          {plan.summary ? (
            <>
              <dt>{t('plans.field.summary')}</dt>
              <dd className="plans-text">{plan.summary}</dd>
            </>
          ) : null}
          {showSocioEconomic ? (
            <>
              <dt>{t('plans.field.inSocioEconomicPlan')}</dt>
              <dd>{yesNo(plan.inSocioEconomicPlan)}</dd>
            </>
          ) : null}
          {showProgrammes ? (
            <>
              <dt>{t('plans.field.inYearlyProgramme')}</dt>
              <dd>{yesNo(plan.inYearlyProgramme)}</dd>
              <dt>{t('plans.field.inMidTermProgramme')}</dt>
              <dd>{yesNo(plan.inMidTermProgramme)}</dd>
              <dt>{t('plans.field.inLongTermProgramme')}</dt>
              <dd>{yesNo(plan.inLongTermProgramme)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section className="card" aria-labelledby="plan-activities">
        <h2 id="plan-activities" className="section-title">
          {t('plans.section.activities')}{' '}
          <span className="muted small">({t('plans.count', { count: plan.activities.length })})</span>
        </h2>
        {plan.activities.length === 0 ? (
          <p className="muted">{t('plans.activities.none')}</p>
        ) : (
          <ol className="plain-list plan-items">
            {plan.activities.map((a, i) => (
              <li key={a.id} className="plan-item">
                <h3 className="plan-item-title">
                  {t('plans.activity.numbered', { n: i + 1 })}: {a.title}
                </h3>
                <dl className="details details-compact">
                  <dt>{t('plans.activity.taskAreaNumber')}</dt>
                  <dd>{taskAreaLabel(taskAreas, a.taskAreaNumber)}</dd>
                  {a.description ? (
                    <>
                      <dt>{t('plans.activity.description')}</dt>
                      <dd className="plans-text">{a.description}</dd>
                    </>
                  ) : null}
                  <dt>{t('plans.activity.audiences')}</dt>
                  <dd>{a.audiences.length ? a.audiences.map((x) => t(`plans.audience.${x}`)).join(', ') : '—'}</dd>
                  <dt>{t('plans.activity.channels')}</dt>
                  <dd>{a.channels.length ? a.channels.map((x) => t(`plans.channel.${x}`)).join(', ') : '—'}</dd>
                  <dt>{t('plans.activity.period')}</dt>
                  <dd>
                    {a.periodStart || a.periodEnd
                      ? `${formatDate(a.periodStart) || '…'} – ${formatDate(a.periodEnd) || '…'}`
                      : '—'}
                  </dd>
                  <dt>{t('plans.activity.responsibleUnitId')}</dt>
                  <dd>{a.responsibleUnitName ?? '—'}</dd>
                  <dt>{t('plans.activity.output')}</dt>
                  <dd>{a.outputQuantity !== null ? `${formatNumber(a.outputQuantity)} ${a.outputUnit ?? ''}` : '—'}</dd>
                  {a.linkedProgrammes.length > 0 ? (
                    <>
                      <dt>{t('plans.activity.linkedProgrammes')}</dt>
                      <dd>
                        <ul className="tag-list">
                          {a.linkedProgrammes.map((p) => (
                            <li key={p} className="tag">
                              {p}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card" aria-labelledby="plan-budget">
        <h2 id="plan-budget" className="section-title">
          {t('plans.section.budget')}{' '}
          <span className="muted small">({t('plans.count', { count: plan.budgetLines.length })})</span>
        </h2>
        {plan.budgetLines.length === 0 ? (
          <p className="muted">{t('plans.lines.none')}</p>
        ) : (
          <div className="scroll-table" role="region" aria-labelledby="plan-lines-caption" tabIndex={0}>
            <table className="fig-table">
              <caption id="plan-lines-caption" className="visually-hidden">
                {t('plans.lines.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('plans.line.description')}</th>
                  <th scope="col">{t('plans.line.activityIndex')}</th>
                  <th scope="col">{t('plans.line.taskAreaNumber')}</th>
                  <th scope="col">{t('plans.line.source')}</th>
                  <th scope="col" className="cell-num">
                    {t('plans.line.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.budgetLines.map((l, i) => (
                  <tr key={l.id}>
                    <td>{i + 1}</td>
                    <td className="cell-text">{l.description}</td>
                    <td>
                      {l.activityId ? t('plans.activity.numbered', { n: activityNo.get(l.activityId) ?? '?' }) : '—'}
                    </td>
                    <td className="cell-text">{taskAreaLabel(taskAreas, l.taskAreaNumber)}</td>
                    <td>{t(`plans.source.${l.source}`)}</td>
                    <td className="cell-num">{formatVnd(l.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="plan-totals">
          <SourceTotals lines={plan.budgetLines} caption={t('plans.totals.caption')} />
        </div>
      </section>
    </>
  );
}
