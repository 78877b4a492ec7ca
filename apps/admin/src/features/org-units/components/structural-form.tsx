import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { UNIT_TYPES } from '@lantoa/contracts/org-units';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { todayIso } from '../../../lib/format.ts';
import { optional, serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { UnitActionResult } from '../api/restructure-mutation.ts';

/** Every structural change says when it takes effect, on what legal basis, and why. */
export type ActionBase = { effectiveDate: string; legalBasis: string; note: string };

export function initialActionBase(): ActionBase {
  return { effectiveDate: todayIso(), legalBasis: '', note: '' };
}

export function actionBaseBody(v: ActionBase) {
  return { effectiveDate: v.effectiveDate, legalBasis: optional(v.legalBasis), note: optional(v.note) };
}

export function ActionFields({
  value,
  onChange,
  errors,
  dateHint,
}: {
  value: ActionBase;
  onChange: (v: ActionBase) => void;
  errors: FieldErrors;
  dateHint?: string;
}) {
  const t = useT();
  return (
    <fieldset className="fieldset">
      <legend>{t('actions.decision')}</legend>
      <DatePicker
        label={t('actions.effectiveDate')}
        required
        value={value.effectiveDate}
        onChange={(effectiveDate) => onChange({ ...value, effectiveDate })}
        error={errors.effectiveDate}
        hint={dateHint ?? t('actions.effectiveDateHint')}
      />
      <TextField
        label={t('actions.legalBasis')}
        value={value.legalBasis}
        maxLength={500}
        placeholder={t('actions.legalBasisPlaceholder')}
        onChange={(e) => onChange({ ...value, legalBasis: e.target.value })}
        error={errors.legalBasis}
      />
      <TextAreaField
        label={t('actions.note')}
        value={value.note}
        maxLength={2000}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
        error={errors.note}
      />
    </fieldset>
  );
}

export function UnitTypeSelect({
  label,
  value,
  onChange,
  error,
  required = true,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const t = useT();
  return (
    <SelectField
      label={label}
      required={required}
      value={value}
      placeholder={placeholder ?? t('common.choose')}
      options={UNIT_TYPES.map((ty) => ({ value: ty, label: t(`unitType.${ty}`) }))}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

type StructuralFormProps<B> = {
  /** Checks the input; returns the body to send, or the field errors to show. */
  prepare: () => { body: B; errors: null } | { body: null; errors: FieldErrors };
  mutate: (body: B, handlers: { onSuccess: (r: UnitActionResult) => void; onError: (err: unknown) => void }) => void;
  isPending: boolean;
  error: unknown;
  /** The sentence the confirmation dialog asks. */
  confirmText: (body: B) => ReactNode;
  confirmTitle: string;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  /** Where to go afterwards: the unit the change produced. */
  resultPath: (result: UnitActionResult, body: B) => string;
  cancelTo: string;
  submitLabel: string;
  errors: FieldErrors;
  setErrors: (e: FieldErrors) => void;
  /** Which field a refusal such as UNIT_CODE_TAKEN concerns, when it is not the usual one. */
  codeFields?: Record<string, string>;
  children: ReactNode;
};

/**
 * The frame of a structural change: validate, ask for confirmation, send, then open the unit the
 * change produced. Problems found before or after sending appear beside their fields.
 */
export function StructuralForm<B>({
  prepare,
  mutate,
  isPending,
  error,
  confirmText,
  confirmTitle,
  confirmLabel,
  tone = 'primary',
  resultPath,
  cancelTo,
  submitLabel,
  errors,
  setErrors,
  codeFields,
  children,
}: StructuralFormProps<B>) {
  const t = useT();
  const navigate = useNavigate();
  const [pending, setPending] = useState<B | null>(null);
  const errorCount = Object.keys(errors).length;

  function submit(e: FormEvent) {
    e.preventDefault();
    const prepared = prepare();
    if (prepared.errors) {
      setErrors(prepared.errors);
      return;
    }
    setErrors({});
    setPending(prepared.body);
  }

  function confirm() {
    if (pending === null) return;
    const body = pending;
    mutate(body, {
      onSuccess: (result) => {
        setPending(null);
        void navigate(resultPath(result, body), { state: { flash: 'actions.saved' } });
      },
      onError: (err) => {
        setPending(null);
        setErrors(serverFieldErrors(err, codeFields));
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="form card">
      {children}
      {errorCount > 0 ? (
        <p className="form-error-summary" role="alert">
          {t('form.fixErrors', { count: errorCount })}
        </p>
      ) : null}
      {error != null && !isPending ? <ErrorAlert error={error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant={tone} busy={isPending}>
          {submitLabel}
        </Button>
        <ButtonLink to={cancelTo}>{t('common.cancel')}</ButtonLink>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={confirmTitle}
        confirmLabel={confirmLabel}
        tone={tone}
        busy={isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending !== null ? confirmText(pending) : null}
      </ConfirmDialog>
    </form>
  );
}
