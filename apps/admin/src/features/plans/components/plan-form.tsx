import type { UnitGroup } from '@lantoa/contracts/org-units';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { TaskAreaOption } from '../api/get-task-areas.ts';
import {
  emptyActivity,
  emptyBudgetLine,
  removeActivity,
  type ActivityDraft,
  type BudgetLineDraft,
  type PlanDraft,
} from '../plan-draft.ts';
import { ActivityFields } from './activity-fields.tsx';
import { BudgetLineFields, SourceTotals } from './budget-line-fields.tsx';

/** Problems of item `index` of a list, keyed by field ("activities.2.title" → "title"). */
function itemErrors(errors: FieldErrors, list: string, index: number): Record<string, string | undefined> {
  const prefix = `${list}.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

type PlanFormProps = {
  draft: PlanDraft;
  onChange: (update: (draft: PlanDraft) => PlanDraft) => void;
  errors: FieldErrors;
  taskAreas: readonly TaskAreaOption[];
  /** The kind of unit: localities commit to the socio-economic plan, mass organisations to their programmes. */
  unitGroup: UnitGroup | undefined;
};

/** The content of a plan as editable fields: general, commitments, activities, budget lines. */
export function PlanForm({ draft, onChange, errors, taskAreas, unitGroup }: PlanFormProps) {
  const t = useT();
  const set = (patch: Partial<PlanDraft>) => onChange((d) => ({ ...d, ...patch }));
  const setActivity = (key: string, patch: Partial<ActivityDraft>) =>
    onChange((d) => ({ ...d, activities: d.activities.map((a) => (a.key === key ? { ...a, ...patch } : a)) }));
  const setLine = (key: string, patch: Partial<BudgetLineDraft>) =>
    onChange((d) => ({ ...d, budgetLines: d.budgetLines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));

  const showSocioEconomic = unitGroup === 'locality' || draft.inSocioEconomicPlan;
  const showProgrammes =
    unitGroup === 'mass_organisation' ||
    draft.inYearlyProgramme ||
    draft.inMidTermProgramme ||
    draft.inLongTermProgramme;

  return (
    <>
      <section className="card form" aria-labelledby="plan-general">
        <h2 id="plan-general" className="section-title">
          {t('plans.section.general')}
        </h2>
        <TextField
          label={t('plans.field.title')}
          required
          value={draft.title}
          maxLength={300}
          error={errors.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <TextAreaField
          label={t('plans.field.summary')}
          rows={3}
          value={draft.summary}
          maxLength={8000}
          error={errors.summary}
          onChange={(e) => set({ summary: e.target.value })}
        />
        {showSocioEconomic || showProgrammes ? (
          <fieldset className="fieldset-inner">
            <legend>{t('plans.section.commitments')}</legend>
            {showSocioEconomic ? (
              <CheckboxField
                label={t('plans.field.inSocioEconomicPlanLong')}
                hint={t('plans.field.inSocioEconomicPlanHint')}
                checked={draft.inSocioEconomicPlan}
                onChange={(e) => set({ inSocioEconomicPlan: e.target.checked })}
              />
            ) : null}
            {showProgrammes ? (
              <>
                <CheckboxField
                  label={t('plans.field.inYearlyProgramme')}
                  checked={draft.inYearlyProgramme}
                  onChange={(e) => set({ inYearlyProgramme: e.target.checked })}
                />
                <CheckboxField
                  label={t('plans.field.inMidTermProgramme')}
                  checked={draft.inMidTermProgramme}
                  onChange={(e) => set({ inMidTermProgramme: e.target.checked })}
                />
                <CheckboxField
                  label={t('plans.field.inLongTermProgramme')}
                  hint={t('plans.field.programmesHint')}
                  checked={draft.inLongTermProgramme}
                  onChange={(e) => set({ inLongTermProgramme: e.target.checked })}
                />
              </>
            ) : null}
          </fieldset>
        ) : null}
      </section>

      <section className="card" aria-labelledby="plan-activities">
        <div className="section-head">
          <h2 id="plan-activities" className="section-title">
            {t('plans.section.activities')}{' '}
            <span className="muted small">({t('plans.count', { count: draft.activities.length })})</span>
          </h2>
        </div>
        {errors.activities ? <p className="field-error">{errors.activities}</p> : null}
        {draft.activities.length === 0 ? <p className="muted">{t('plans.activities.empty')}</p> : null}
        <div className="plan-items">
          {draft.activities.map((a, i) => (
            <ActivityFields
              key={a.key}
              index={i}
              activity={a}
              taskAreas={taskAreas}
              errors={itemErrors(errors, 'activities', i)}
              onChange={(patch) => setActivity(a.key, patch)}
              onRemove={() => onChange((d) => removeActivity(d, a.key))}
            />
          ))}
        </div>
        <Button onClick={() => onChange((d) => ({ ...d, activities: [...d.activities, emptyActivity()] }))}>
          {t('plans.activity.add')}
        </Button>
      </section>

      <section className="card" aria-labelledby="plan-budget">
        <h2 id="plan-budget" className="section-title">
          {t('plans.section.budget')}{' '}
          <span className="muted small">({t('plans.count', { count: draft.budgetLines.length })})</span>
        </h2>
        {errors.budgetLines ? <p className="field-error">{errors.budgetLines}</p> : null}
        {draft.budgetLines.length === 0 ? <p className="muted">{t('plans.lines.empty')}</p> : null}
        <div className="plan-items">
          {draft.budgetLines.map((l, i) => (
            <BudgetLineFields
              key={l.key}
              index={i}
              line={l}
              activities={draft.activities}
              taskAreas={taskAreas}
              errors={itemErrors(errors, 'budgetLines', i)}
              onChange={(patch) => setLine(l.key, patch)}
              onRemove={() => onChange((d) => ({ ...d, budgetLines: d.budgetLines.filter((x) => x.key !== l.key) }))}
            />
          ))}
        </div>
        <Button
          onClick={() =>
            onChange((d) => {
              // A new line takes the source of the one before, which is usually the same.
              const last = d.budgetLines.at(-1);
              return { ...d, budgetLines: [...d.budgetLines, emptyBudgetLine({ source: last?.source ?? '' })] };
            })
          }
        >
          {t('plans.line.add')}
        </Button>
        <div className="plan-totals">
          <SourceTotals lines={draft.budgetLines} caption={t('plans.totals.caption')} />
        </div>
      </section>
    </>
  );
}
