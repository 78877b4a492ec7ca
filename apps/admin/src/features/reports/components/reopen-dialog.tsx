import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useGrantException } from '../api/grant-exception.ts';
import { addDays } from '../completeness.ts';

type ReopenDialogProps = {
  unit: { unitId: string; unitName: string } | null;
  formId: string;
  formName: string;
  period: string;
  periodLabel: string;
  onClose: () => void;
  onDone: (unitName: string, until: string) => void;
};

/** The standing agency opens a closed period again for one unit, until a date, saying why. */
export function ReopenDialog(props: ReopenDialogProps) {
  const t = useT();
  return (
    <Modal
      open={props.unit !== null}
      title={props.unit ? t('reports.reopen.title', { unit: props.unit.unitName }) : ''}
      onClose={props.onClose}
    >
      {props.unit ? <ReopenForm key={props.unit.unitId} {...props} unit={props.unit} /> : null}
    </Modal>
  );
}

function ReopenForm({
  unit,
  formId,
  formName,
  period,
  periodLabel,
  onClose,
  onDone,
}: ReopenDialogProps & { unit: { unitId: string; unitName: string } }) {
  const t = useT();
  const grant = useGrantException();
  const [until, setUntil] = useState(() => addDays(todayIso(), 7));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!until) local.openUntil = t('form.required');
    if (reason.trim().length < 3) local.reason = t('form.required');
    setErrors(local);
    if (Object.keys(local).length) return;
    grant.mutate(
      { formId, unitId: unit.unitId, period, openUntil: until, reason: reason.trim() },
      {
        onSuccess: () => onDone(unit.unitName, until),
        onError: (err) => setErrors(serverFieldErrors(err)),
      },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('reports.reopen.body', { form: formName, period: periodLabel })}</p>
      <DatePicker
        label={t('reports.reopen.until')}
        value={until}
        min={todayIso()}
        required
        error={errors.openUntil}
        onChange={setUntil}
      />
      <TextAreaField
        label={t('reports.reopen.reason')}
        required
        rows={3}
        maxLength={1000}
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {grant.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={grant.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={grant.isPending}>
          {t('reports.reopen.submit')}
        </Button>
        <Button onClick={onClose} disabled={grant.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
