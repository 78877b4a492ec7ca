import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { REMIND_STATUSES, useRemindBehind, type RemindStatus } from '../api/remind-behind.ts';
import type { PlanBoardUnit } from '../api/get-plan-board.ts';

type Step = 'choose' | 'confirm' | 'done';

/**
 * Reminds the editors of the units that are behind: chosen by status, with an optional message,
 * confirmed with the number of units it will reach, and answered with how many people were told.
 */
export function RemindDialog({
  open,
  year,
  units,
  onClose,
}: {
  open: boolean;
  year: number;
  units: readonly PlanBoardUnit[];
  onClose: () => void;
}) {
  const t = useT();
  const remind = useRemindBehind();
  const [step, setStep] = useState<Step>('choose');
  const [statuses, setStatuses] = useState<RemindStatus[]>(['none', 'draft', 'returned']);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const count = (s: RemindStatus) => units.filter((u) => u.status === s).length;
  const reach = units.filter((u) => (statuses as string[]).includes(u.status)).length;

  function close() {
    if (remind.isPending) return;
    setStep('choose');
    setError(undefined);
    remind.reset();
    onClose();
  }

  function next(e: FormEvent) {
    e.preventDefault();
    if (statuses.length === 0) {
      setError(t('plans.remind.statusRequired'));
      return;
    }
    setStep('confirm');
  }

  return (
    <Modal open={open} title={t('plans.remind.title', { year })} onClose={close}>
      {step === 'choose' ? (
        <form className="form" onSubmit={next} noValidate>
          <fieldset className="fieldset-inner" aria-describedby={error ? 'remind-status-error' : undefined}>
            <legend>{t('plans.remind.statuses')}</legend>
            {REMIND_STATUSES.map((s) => (
              <label key={s} className="radio">
                <input
                  type="checkbox"
                  checked={statuses.includes(s)}
                  onChange={(e) => {
                    setError(undefined);
                    setStatuses((prev) => (e.target.checked ? [...prev, s] : prev.filter((x) => x !== s)));
                  }}
                />
                {t(`plans.status.${s}`)}{' '}
                <span className="muted">({t('plans.remind.unitCount', { count: formatNumber(count(s)) })})</span>
              </label>
            ))}
            {error ? (
              <p id="remind-status-error" className="field-error">
                {error}
              </p>
            ) : null}
          </fieldset>
          <TextAreaField
            label={t('plans.remind.message')}
            hint={t('plans.remind.messageHint')}
            value={message}
            maxLength={1000}
            onChange={(e) => setMessage(e.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" variant="primary">
              {t('plans.remind.next')}
            </Button>
            <Button onClick={close}>{t('common.cancel')}</Button>
          </div>
        </form>
      ) : step === 'confirm' ? (
        <div className="form">
          <p>{t('plans.remind.confirm', { count: formatNumber(reach), year })}</p>
          {message.trim() ? <blockquote className="plans-quote">{message.trim()}</blockquote> : null}
          {remind.isError ? <ErrorAlert error={remind.error} /> : null}
          <div className="form-actions">
            <Button
              variant="primary"
              busy={remind.isPending}
              onClick={() =>
                remind.mutate({ year, statuses, message: message.trim() || null }, { onSuccess: () => setStep('done') })
              }
            >
              {t('plans.remind.send')}
            </Button>
            <Button onClick={() => setStep('choose')} disabled={remind.isPending}>
              {t('plans.remind.back')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="form">
          <Alert tone="success">
            <p>
              {t('plans.remind.done', {
                units: formatNumber(remind.data?.units ?? 0),
                people: formatNumber(remind.data?.notified ?? 0),
              })}
            </p>
          </Alert>
          <div className="form-actions">
            <Button variant="primary" onClick={close}>
              {t('common.close')}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
