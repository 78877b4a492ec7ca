import { useRef, useState, type ReactNode } from 'react';
import { formatDate, parseDateInput } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { Field } from './field.tsx';

type DatePickerProps = {
  label: ReactNode;
  /** YYYY-MM-DD, or '' when no valid date is chosen. */
  value: string;
  onChange: (iso: string) => void;
  error?: string;
  /** Defaults to how to type a date; pass null for none (a filter with a placeholder). */
  hint?: ReactNode | null;
  required?: boolean;
  id?: string;
  name?: string;
  min?: string;
  max?: string;
  className?: string;
  disabled?: boolean;
};

/**
 * A date typed as dd/mm/yyyy whatever the browser's language, with the browser's own calendar one
 * click away. YYYY-MM-DD is accepted as typed too.
 */
export function DatePicker({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  id,
  name,
  min,
  max,
  className,
  disabled,
}: DatePickerProps) {
  const t = useT();
  const [text, setText] = useState(() => formatDate(value));
  const [invalid, setInvalid] = useState(false);
  const nativeRef = useRef<HTMLInputElement>(null);

  // Only an outside change of the value (a quick-date button, a reset) rewrites what was typed.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if ((parseDateInput(text) ?? '') !== value) {
      setText(formatDate(value));
      setInvalid(false);
    }
  }

  function handleText(next: string) {
    setText(next);
    const parsed = parseDateInput(next);
    if (parsed) setInvalid(false);
    onChange(parsed ?? '');
  }

  function openCalendar() {
    const input = nativeRef.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      input.focus();
      input.click();
    }
  }

  const shownError = invalid ? t('date.invalid') : error;
  return (
    <Field
      label={label}
      error={shownError}
      hint={hint === undefined ? t('date.hint') : (hint ?? undefined)}
      required={required}
      id={id}
      className={className}
    >
      {(control) => (
        <div className="date-picker">
          <input
            {...control}
            className="input date-picker-text"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('date.placeholder')}
            name={name}
            value={text}
            disabled={disabled}
            onChange={(e) => handleText(e.target.value)}
            onBlur={() => {
              const parsed = parseDateInput(text);
              setInvalid(text.trim() !== '' && parsed === null);
              if (parsed) setText(formatDate(parsed));
            }}
          />
          <button
            type="button"
            className="btn btn-secondary date-picker-button"
            onClick={openCalendar}
            disabled={disabled}
            aria-label={t('date.openCalendar')}
            title={t('date.openCalendar')}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 8h14V6H5v2Zm2 4h3v3H7v-3Z"
              />
            </svg>
          </button>
          <input
            ref={nativeRef}
            className="date-picker-native"
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            value={value}
            min={min}
            max={max}
            onChange={(e) => {
              setInvalid(false);
              setText(formatDate(e.target.value));
              onChange(e.target.value);
            }}
          />
        </div>
      )}
    </Field>
  );
}
