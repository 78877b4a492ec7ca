import { useState, type FormEvent } from 'react';
import type { ReportAction, ReportView } from '@lantoa/contracts/reporting';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n.tsx';

/** A return must say why; the other steps may carry a note; a correction needs none. */
const COMMENT: Record<ReportAction, 'required' | 'optional' | 'none'> = {
  submit: 'optional',
  approve: 'optional',
  accept: 'optional',
  return: 'required',
  correct: 'none',
};

export const ACTION_VARIANTS: Record<ReportAction, 'primary' | 'secondary' | 'danger'> = {
  submit: 'primary',
  approve: 'primary',
  accept: 'primary',
  return: 'danger',
  correct: 'secondary',
};

type TransitionDialogProps = {
  entry: ReportView;
  periodLabel: string;
  action: ReportAction | null;
  /** Figures typed and not saved yet are saved before a submit. */
  savesFirst: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: (action: ReportAction, comment: string | null) => void;
  onClose: () => void;
};

/** Asks for confirmation (and a reason where one is due) before moving the report a step. */
export function TransitionDialog({
  entry,
  periodLabel,
  action,
  savesFirst,
  busy,
  error,
  onConfirm,
  onClose,
}: TransitionDialogProps) {
  const t = useT();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const mode = action ? COMMENT[action] : 'none';
  const serverCommentError = isApiError(error, 'COMMENT_REQUIRED') ? error.message : undefined;

  function close() {
    if (busy) return;
    setComment('');
    setCommentError(undefined);
    onClose();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!action) return;
    if (mode === 'required' && !comment.trim()) {
      setCommentError(t('reports.workflow.commentRequired'));
      return;
    }
    onConfirm(action, comment.trim() || null);
  }

  return (
    <Modal open={action !== null} title={action ? t(`reports.workflow.${action}.title`) : ''} onClose={close}>
      {action ? (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t(`reports.workflow.${action}.body`, { period: periodLabel, unit: entry.unitName })}</p>
          {action === 'submit' && savesFirst ? <p className="muted">{t('reports.workflow.submit.saveFirst')}</p> : null}
          {mode !== 'none' ? (
            <TextAreaField
              label={t(mode === 'required' ? 'reports.workflow.reason' : 'reports.workflow.note')}
              required={mode === 'required'}
              rows={4}
              maxLength={4000}
              value={comment}
              error={commentError ?? serverCommentError}
              onChange={(e) => {
                setComment(e.target.value);
                setCommentError(undefined);
              }}
            />
          ) : null}
          {error && !serverCommentError ? <ErrorAlert error={error} /> : null}
          <div className="form-actions">
            <Button type="submit" variant={ACTION_VARIANTS[action]} busy={busy}>
              {t(`reports.action.${action}`)}
            </Button>
            <Button onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </Modal>
  );
}
