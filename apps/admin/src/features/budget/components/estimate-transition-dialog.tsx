import { useState, type FormEvent } from 'react';
import type { EstimateView } from '@lantoa/contracts/plans';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useTransitionEstimate, type EstimateAction } from '../api/transition-estimate.ts';

/** Sending back needs a reason; moving forward may carry a note. */
export const RETURNS: readonly EstimateAction[] = ['return_to_consolidation', 'return_to_appraisal'];

export function EstimateTransitionDialog({
  estimate,
  action,
  onClose,
  onDone,
}: {
  estimate: EstimateView;
  action: EstimateAction | null;
  onClose: () => void;
  onDone: (action: EstimateAction) => void;
}) {
  const t = useT();
  const transition = useTransitionEstimate(estimate.year);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const required = action !== null && RETURNS.includes(action);

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
    if (required && !comment.trim()) {
      setCommentError(t('budget.transition.reasonRequired'));
      return;
    }
    transition.mutate(
      { action, comment: comment.trim() || null, lockVersion: estimate.lockVersion },
      {
        onSuccess: () => {
          setComment('');
          transition.reset();
          onDone(action);
        },
        onError: (err) => {
          if (isApiError(err, 'COMMENT_REQUIRED')) setCommentError(err.message);
        },
      },
    );
  }

  return (
    <Modal open={action !== null} title={action ? t(`budget.action.${action}.title`) : ''} onClose={close}>
      {action ? (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t(`budget.action.${action}.body`, { year: estimate.year })}</p>
          <TextAreaField
            label={t(required ? 'budget.transition.reason' : 'budget.transition.note')}
            required={required}
            rows={4}
            maxLength={4000}
            value={comment}
            error={commentError}
            onChange={(e) => {
              setComment(e.target.value);
              setCommentError(undefined);
            }}
          />
          {transition.isError && !isApiError(transition.error, 'COMMENT_REQUIRED') ? (
            <ErrorAlert error={transition.error} />
          ) : null}
          <div className="form-actions">
            <Button type="submit" variant={required ? 'danger' : 'primary'} busy={transition.isPending}>
              {t(`budget.action.${action}`)}
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
