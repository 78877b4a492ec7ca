import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { UNIT_TYPE_GROUP, type UnitDetail } from '@lantoa/contracts/org-units';
import { CreatePlanBodySchema } from '@lantoa/contracts/plans';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { useCanOnUnit } from '../../../lib/auth.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCreatePlan } from '../api/create-plan.ts';
import { usePlanUnit } from '../api/get-plan-unit.ts';
import { usePlans } from '../api/get-plans.ts';
import { useTaskAreas, type TaskAreaOption } from '../api/get-task-areas.ts';
import { focusFirstError } from '../focus-first-error.ts';
import { contentFromDraft, emptyDraft, type PlanDraft } from '../plan-draft.ts';
import { yearParam } from '../plan-years.ts';
import { PlanForm } from './plan-form.tsx';
import { PlanHeader } from './plan-page.tsx';
import { useUnsavedChangesGuard } from './unsaved-changes-guard.tsx';

function NewPlanForm({
  unit,
  year,
  taskAreas,
}: {
  unit: UnitDetail;
  year: number;
  taskAreas: readonly TaskAreaOption[];
}) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const [draft, setDraft] = useState<PlanDraft>(() => emptyDraft(t('plans.defaultTitle', { year })));
  const [initial] = useState(() => JSON.stringify(draft));
  const [errors, setErrors] = useState<FieldErrors>({});
  const guard = useUnsavedChangesGuard(JSON.stringify(draft) !== initial);
  const errorCount = Object.keys(errors).length;
  const formRef = useRef<HTMLFormElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(CreatePlanBodySchema, { ...contentFromDraft(draft), unitId: unit.id, year });
    if (checked.errors) {
      setErrors(checked.errors);
      focusFirstError(formRef.current);
      return;
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (plan) => {
        guard.release();
        void navigate(`/plans/${plan.id}`, { replace: true, state: { flash: 'plans.created' } });
      },
      onError: (err) => {
        setErrors(serverFieldErrors(err));
        focusFirstError(formRef.current);
      },
    });
  }

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={t('plans.form.label')}>
      <p className="muted">{t('plans.createHint')}</p>
      <PlanForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        taskAreas={taskAreas}
        unitGroup={UNIT_TYPE_GROUP[unit.current.type]}
      />
      <div className="card plan-savebar">
        {create.isError ? <ErrorAlert error={create.error} /> : null}
        {errorCount > 0 ? (
          <p className="form-error-summary" role="alert">
            {t('plans.fixErrors', { count: errorCount })}
          </p>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('plans.createSubmit')}
          </Button>
          <ButtonLink to={`/plans?year=${year}`}>{t('common.cancel')}</ButtonLink>
        </div>
      </div>
      {guard.dialog}
    </form>
  );
}

/** /plans/new?unitId&year — a unit's plan for a year, drafted and saved for the first time. */
export function PlanNewPage() {
  const t = useT();
  const [params] = useSearchParams();
  const unitId = params.get('unitId') ?? '';
  const year = yearParam(params.get('year'));
  const unit = usePlanUnit(unitId);
  const areas = useTaskAreas({ year });
  const existing = usePlans({ year, unitId, pageSize: 1 }, { enabled: unitId !== '' });
  const ancestors = unit.data?.ancestors.map((a) => a.id) ?? [];
  const allowed = useCanOnUnit('plan:edit', unitId, ancestors);

  if (!unitId) {
    return (
      <div className="page">
        <EmptyState title={t('plans.new.noUnit')}>
          <ButtonLink to={`/plans?year=${year}`} size="sm">
            {t('plans.list.title')}
          </ButtonLink>
        </EmptyState>
      </div>
    );
  }
  const failed = unit.error ?? areas.error ?? existing.error;
  const found = existing.data?.items[0];
  return (
    <div className="page plan-page">
      <PlanHeader
        plan={{ unitName: unit.data?.current.name ?? '…', year, title: t('plans.new.title', { year }) }}
        crumb={t('plans.new.crumb')}
      />
      {failed ? (
        <ErrorAlert
          error={failed}
          onRetry={() => {
            void unit.refetch();
            void areas.refetch();
            void existing.refetch();
          }}
        />
      ) : !unit.data || !areas.data || !existing.data ? (
        <Loading />
      ) : found ? (
        <Alert tone="info">
          <p>{t('plans.new.exists', { unit: found.unitName, year })}</p>
          <ButtonLink to={`/plans/${found.id}`} size="sm" variant="primary">
            {t('plans.new.open')}
          </ButtonLink>
        </Alert>
      ) : !allowed ? (
        <Alert tone="warning">
          <p>{t('plans.new.forbidden', { unit: unit.data.current.name })}</p>
        </Alert>
      ) : (
        <NewPlanForm unit={unit.data} year={year} taskAreas={areas.data} />
      )}
    </div>
  );
}
