import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { UNIT_TYPE_GROUP } from '@lantoa/contracts/org-units';
import { UpdatePlanBodySchema, type PlanAction, type PlanView } from '@lantoa/contracts/plans';
import { DocumentButton } from '../../../components/document-button.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatVnd } from '../../../lib/format.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { usePlan } from '../api/get-plan.ts';
import { usePlanUnit } from '../api/get-plan-unit.ts';
import { useTaskAreas } from '../api/get-task-areas.ts';
import { useUpdatePlan } from '../api/update-plan.ts';
import { focusFirstError } from '../focus-first-error.ts';
import { contentFromDraft, draftFromPlan, type PlanDraft } from '../plan-draft.ts';
import { PlanContentView } from './plan-content-view.tsx';
import { PlanForm } from './plan-form.tsx';
import { PlanHistory } from './plan-history.tsx';
import { PlanStatusBadge } from './plan-status-badge.tsx';
import { PlanVersions } from './plan-versions.tsx';
import { ACTION_VARIANTS, TransitionDialog } from './transition-dialog.tsx';
import { useUnsavedChangesGuard } from './unsaved-changes-guard.tsx';

export function PlanHeader({
  plan,
  crumb,
  actions,
}: {
  plan: Pick<PlanView, 'unitName' | 'year' | 'title'> & Partial<PlanView>;
  crumb: string;
  actions?: ReactNode;
}) {
  const t = useT();
  return (
    <PageHeader
      title={plan.title}
      actions={actions}
      subtitle={
        <span className="badge-row plan-facts">
          <span>
            {plan.unitName} · {t('plans.yearValue', { year: plan.year })}
          </span>
          {plan.status ? <PlanStatusBadge status={plan.status} /> : null}
          {plan.versionNo ? <span>{t('plans.versionNo', { n: plan.versionNo })}</span> : null}
          {plan.totalAmount !== undefined ? (
            <span>
              {t('plans.totals.all')}: <strong>{formatVnd(plan.totalAmount)}</strong>
            </span>
          ) : null}
        </span>
      }
    >
      <nav aria-label={t('plans.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={`/plans?year=${plan.year}`}>{t('plans.list.title')}</Link>
          </li>
          <li aria-current="page">{crumb}</li>
        </ol>
      </nav>
    </PageHeader>
  );
}

/** What the status means for this user, and the steps they may take now. */
function WorkflowCard({
  plan,
  editing,
  dirty,
  stale,
  reloading,
  onAction,
  onReload,
}: {
  plan: PlanView;
  editing: boolean;
  dirty: boolean;
  /** Someone changed the plan since this screen loaded it. */
  stale: boolean;
  reloading: boolean;
  onAction: (action: PlanAction) => void;
  onReload: () => void;
}) {
  const t = useT();
  const lastReturn = [...plan.history].reverse().find((h) => h.action === 'return');
  const explain =
    plan.status === 'submitted'
      ? plan.actions.includes('accept')
        ? 'plans.state.submittedReview'
        : 'plans.state.submitted'
      : plan.status === 'accepted'
        ? 'plans.state.accepted'
        : editing
          ? `plans.state.${plan.status}Edit`
          : 'plans.state.readOnly';
  return (
    <section className="card plan-workflow" aria-labelledby="plan-workflow">
      <h2 id="plan-workflow" className="section-title">
        {t('plans.workflow.title')}
      </h2>
      <p>{t(explain)}</p>
      {plan.status === 'returned' && lastReturn?.comment ? (
        <Alert tone="warning">
          <p className="alert-title">{t('plans.state.returnedBecause', { who: lastReturn.actorName ?? '' })}</p>
          <p>{lastReturn.comment}</p>
        </Alert>
      ) : null}
      {stale ? (
        <Alert tone="info">
          <p>{t('plans.stale.body')}</p>
          <Button size="sm" onClick={onReload} busy={reloading}>
            {t('plans.conflict.load')}
          </Button>
        </Alert>
      ) : null}
      {plan.actions.length > 0 ? (
        <div className="button-row">
          {plan.actions.map((a) => (
            <Button
              key={a}
              variant={ACTION_VARIANTS[a]}
              disabled={stale || (a === 'submit' && dirty)}
              onClick={() => onAction(a)}
            >
              {t(`plans.workflow.${a}.button`)}
            </Button>
          ))}
        </div>
      ) : null}
      {dirty && plan.actions.includes('submit') ? <p className="field-hint">{t('plans.workflow.saveFirst')}</p> : null}
    </section>
  );
}

type WorkspaceProps = {
  plan: PlanView;
  notice: string | null;
  onDismissNotice: () => void;
  /** Shows a message and starts over from the plan now in the cache (after our own change). */
  onRestart: (notice: string) => void;
  /** Fetches the newest version and starts over from it, dropping what was typed. */
  onReload: () => Promise<void>;
  onRefresh: () => void;
};

/**
 * One plan. The form works on the version it was opened with: a save names that version, and a
 * newer one (someone else's save) is loaded only when the user asks, never over what they typed.
 */
function PlanWorkspace({ plan, notice, onDismissNotice, onRestart, onReload, onRefresh }: WorkspaceProps) {
  const t = useT();
  const [base] = useState(plan);
  const editing = base.canEdit;
  const unit = usePlanUnit(plan.unitId);
  const unitGroup = unit.data ? UNIT_TYPE_GROUP[unit.data.current.type] : undefined;
  const areas = useTaskAreas({ programmeId: plan.programmeId });
  const taskAreas = areas.data ?? [];
  const [draft, setDraft] = useState<PlanDraft>(() => draftFromPlan(base));
  const [initial] = useState(() => JSON.stringify(draftFromPlan(base)));
  const dirty = editing && JSON.stringify(draft) !== initial;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dialog, setDialog] = useState<PlanAction | null>(null);
  const [reloading, setReloading] = useState(false);
  const save = useUpdatePlan(plan.id);
  const guard = useUnsavedChangesGuard(dirty);
  const formRef = useRef<HTMLFormElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(UpdatePlanBodySchema, { ...contentFromDraft(draft), lockVersion: base.lockVersion });
    if (checked.errors) {
      setErrors(checked.errors);
      focusFirstError(formRef.current);
      return;
    }
    setErrors({});
    save.mutate(checked.data, {
      onSuccess: () => {
        guard.release();
        onRestart('plans.saved');
      },
      onError: (err) => {
        setErrors(serverFieldErrors(err));
        focusFirstError(formRef.current);
        // The plan was sent or accepted meanwhile: learn what may be done with it now.
        if (isApiError(err, 'PLAN_LOCKED')) onRefresh();
      },
    });
  }

  async function reload() {
    setReloading(true);
    guard.release();
    await onReload();
  }

  const conflict = isApiError(save.error, 'VERSION_CONFLICT');
  const locked = isApiError(save.error, 'PLAN_LOCKED');
  const errorCount = Object.keys(errors).length;

  return (
    <>
      <PlanHeader
        plan={plan}
        crumb={plan.unitName}
        actions={
          <DocumentButton
            path={`/plans/${encodeURIComponent(plan.id)}/render`}
            hint={dirty ? t('plans.document.unsaved') : undefined}
          />
        }
      />
      {notice ? (
        <Alert tone="success">
          <p>{t(notice)}</p>
          <Button size="sm" variant="ghost" onClick={onDismissNotice}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <WorkflowCard
        plan={plan}
        editing={editing}
        dirty={dirty}
        stale={plan.lockVersion !== base.lockVersion && !save.isPending && !save.isSuccess}
        reloading={reloading}
        onAction={setDialog}
        onReload={() => void reload()}
      />
      {areas.isError ? <ErrorAlert error={areas.error} onRetry={() => void areas.refetch()} /> : null}
      {editing ? (
        <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={t('plans.form.label')}>
          <PlanForm draft={draft} onChange={setDraft} errors={errors} taskAreas={taskAreas} unitGroup={unitGroup} />
          <div className="card plan-savebar">
            {conflict ? (
              <div className="alert alert-warning" role="alert">
                <p className="alert-title">{t('plans.conflict.title')}</p>
                <p>{t('plans.conflict.body')}</p>
                <Button size="sm" onClick={() => void reload()} busy={reloading}>
                  {t('plans.conflict.load')}
                </Button>
              </div>
            ) : locked ? (
              <div className="alert alert-warning" role="alert">
                <p className="alert-title">{t('plans.locked.title')}</p>
                <p>{t('plans.locked.body')}</p>
                <div className="button-row">
                  {plan.actions.includes('reopen') ? (
                    <Button size="sm" variant="primary" onClick={() => setDialog('reopen')}>
                      {t('plans.workflow.reopen.button')}
                    </Button>
                  ) : null}
                  <Button size="sm" onClick={() => void reload()} busy={reloading}>
                    {t('plans.locked.view')}
                  </Button>
                </div>
              </div>
            ) : save.isError ? (
              <ErrorAlert error={save.error} />
            ) : null}
            {errorCount > 0 ? (
              <p className="form-error-summary" role="alert">
                {t('plans.fixErrors', { count: errorCount })}
              </p>
            ) : null}
            <div className="form-actions">
              <Button type="submit" variant="primary" busy={save.isPending} disabled={conflict || locked}>
                {t('plans.save')}
              </Button>
              <span className="muted small" aria-live="polite">
                {dirty ? t('plans.unsaved.marker') : t('plans.unsaved.none')}
              </span>
            </div>
          </div>
        </form>
      ) : (
        <PlanContentView plan={plan} taskAreas={taskAreas} unitGroup={unitGroup} />
      )}
      <PlanVersions plan={plan} taskAreas={taskAreas} />
      <PlanHistory history={plan.history} />
      <TransitionDialog
        plan={plan}
        action={dialog}
        onClose={() => setDialog(null)}
        onDone={(_, action) => {
          setDialog(null);
          guard.release();
          onRestart(`plans.done.${action}`);
        }}
      />
      {guard.dialog}
    </>
  );
}

/** /plans/:id — a plan read, edited, sent, reviewed; its versions and history. */
export function PlanPage() {
  const { id = '' } = useParams();
  const query = usePlan(id);
  const [flash, dismissFlash] = useFlash();
  const [session, setSession] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const shown = notice ?? flash;
  return (
    <div className="page plan-page">
      <QueryState query={query}>
        {(plan) => (
          <PlanWorkspace
            key={`${plan.id}:${session}`}
            plan={plan}
            notice={shown}
            onDismissNotice={() => {
              setNotice(null);
              dismissFlash();
            }}
            onRestart={(next) => {
              setNotice(next);
              setSession((s) => s + 1);
            }}
            onReload={async () => {
              await query.refetch();
              setNotice(null);
              setSession((s) => s + 1);
            }}
            onRefresh={() => void query.refetch()}
          />
        )}
      </QueryState>
    </div>
  );
}
