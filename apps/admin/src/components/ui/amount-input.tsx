import { useState, type ReactNode } from 'react';
import { formatNumber, parseVndInput } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { Field } from './field.tsx';

type AmountInputProps = {
  label: ReactNode;
  /** Whole đồng, or null when nothing (or nothing valid) is typed. */
  value: number | null;
  onChange: (amount: number | null) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  id?: string;
  name?: string;
  className?: string;
  disabled?: boolean;
};

/**
 * An amount in đồng: digits only, shown with thousands separators once typed ("15.000.000"), so
 * that a zero too many is seen before it is saved. A phone offers its number pad.
 */
export function AmountInput({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  id,
  name,
  className,
  disabled,
}: AmountInputProps) {
  const t = useT();
  const [text, setText] = useState(() => formatNumber(value));
  const [invalid, setInvalid] = useState(false);

  // Only an outside change of the value (a reset, a newer version loaded) rewrites what was typed.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (parseVndInput(text) !== value) {
      setText(formatNumber(value));
      setInvalid(false);
    }
  }

  function handleText(next: string) {
    // Letters and other signs are not taken at all: an amount is digits and separators.
    const cleaned = next.replace(/[^\d.\s]/g, '');
    setText(cleaned);
    const parsed = cleaned.trim() === '' ? null : parseVndInput(cleaned);
    if (parsed !== null || cleaned.trim() === '') setInvalid(false);
    setShownValue(parsed);
    onChange(parsed);
  }

  return (
    <Field
      label={label}
      error={invalid ? t('amount.invalid') : error}
      hint={hint}
      required={required}
      id={id}
      className={className}
    >
      {(control) => (
        <div className="amount-input">
          <input
            {...control}
            className="input amount-input-text"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            name={name}
            value={text}
            disabled={disabled}
            onChange={(e) => handleText(e.target.value)}
            onBlur={() => {
              const parsed = parseVndInput(text);
              setInvalid(text.trim() !== '' && parsed === null);
              if (parsed !== null) setText(formatNumber(parsed));
            }}
          />
          <span className="amount-input-unit" aria-hidden="true">
            đ
          </span>
        </div>
      )}
    </Field>
  );
}
