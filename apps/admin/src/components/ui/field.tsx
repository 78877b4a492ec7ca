import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useT } from '../../lib/i18n.tsx';

/**
 * The asterisk is for the eye and sits outside the label, so the label reads exactly its text;
 * aria-required tells assistive technology.
 */
export function RequiredMark() {
  const t = useT();
  return (
    <span className="field-required" aria-hidden="true" title={t('common.required')}>
      *
    </span>
  );
}

/** What a control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
};

type FieldProps = {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  id?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A label, a control, a hint and the control's error, wired together for assistive technology. */
export function Field({ label, error, hint, required, id, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? `f${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className="field-label-row">
        <label htmlFor={controlId} className="field-label">
          {label}
        </label>
        {required ? <RequiredMark /> : null}
      </div>
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: ReactNode; error?: string; hint?: ReactNode; required?: boolean; className?: string };

export function TextField({
  label,
  error,
  hint,
  required,
  className,
  id,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id} className={className}>
      {(control) => <input className="input" type="text" {...input} {...control} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  required,
  className,
  id,
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id} className={className}>
      {(control) => <textarea className="input" rows={3} {...area} {...control} />}
    </Field>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  label,
  error,
  hint,
  required,
  className,
  id,
  options,
  placeholder,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[]; placeholder?: string }) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id} className={className}>
      {(control) => (
        <select className="input" {...select} {...control}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  hint,
  className,
  id,
  ...input
}: Omit<Common, 'error' | 'required'> & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const controlId = id ?? `c${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  return (
    <div className={['field field-checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input type="checkbox" id={controlId} aria-describedby={hintId} {...input} />
      <label htmlFor={controlId}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
