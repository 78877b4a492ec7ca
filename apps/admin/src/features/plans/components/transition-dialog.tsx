import { useState, type FormEvent } from 'react';
import type { PlanAction, PlanView } from '@lantoa/contracts/plans';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useTransitionPlan } from '../api/transition-plan.ts';

/** A return must say why; the others may carry a note; reopening needs none. */
const COMMENT: Record<PlanAction, 'required' | 'optional' | 'none'> = {
  submit: 'optional',
  accept: 'optional',
  return: 'required',
  reopen: 'none',
};

export const ACTION_VARIANTS: Record<PlanAction, 'primary' | 'secondary' | 'danger'> = {
  submit: 'primary',
  accept: 'primary',
  return: 'danger',
  reopen: 'secondary',
};

/** Asks for confirmation (and a reason where one is due) before moving the plan a step. */
export function TransitionDialog({
  plan,
  action,
  onClose,
  onDone,
}: {
  plan: PlanView;
  action: PlanAction | null;
  onClose: () => void;
  onDone: (plan: PlanView, action: PlanAction) => void;
}) {
  const t = useT();
  const transition = useTransitionPlan(plan.id);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const mode = action ? COMMENT[action] : 'none';

  function close() {
    if (transition.isPending) return;
    setComment('');
    setCommentError(undefined);
    transition.reset();
    onClose();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!action) return;
    if (mode === 'required' && !comment.trim()) {
      setCommentError(t('plans.workflow.commentRequired'));
      return;
    }
    transition.mutate(
      { action, comment: comment.trim() || null, lockVersion: plan.lockVersion },
      {
        onSuccess: (next) => {
          setComment('');
          transition.reset();
          onDone(next, action);
        },
        onError: (err) => {
          if (isApiError(err, 'COMMENT_REQUIRED')) setCommentError(err.message);
        },
      },
    );
  }

  return (
    <Modal open={action !== null} title={action ? t(`plans.workflow.${action}.title`) : ''} onClose={close}>
      {action ? (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t(`plans.workflow.${action}.body`, { n: plan.versionNo + 1, unit: plan.unitName })}</p>
          {mode !== 'none' ? (
            <TextAreaField
              label={t(mode === 'required' ? 'plans.workflow.reason' : 'plans.workflow.note')}
              required={mode === 'required'}
              rows={4}
              maxLength={4000}
              value={comment}
              error={commentError}
              onChange={(e) => {
                setComment(e.target.value);
                setCommentError(undefined);
              }}
            />
          ) : null}
          {transition.isError && !isApiError(transition.error, 'COMMENT_REQUIRED') ? (
            <ErrorAlert error={transition.error} />
          ) : null}
          <div className="form-actions">
            <Button type="submit" variant={ACTION_VARIANTS[action]} busy={transition.isPending}>
              {t(`plans.workflow.${action}.confirm`)}
            </Button>
            <Button onClick={close} disabled={transition.isPending}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </Modal>
  );
}
