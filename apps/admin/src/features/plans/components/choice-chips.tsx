import { useId } from 'react';

/**
 * Several choices out of a short fixed list, as toggle buttons in a labelled group: quicker than a
 * multiple select on a phone, and each reads "pressed" or not.
 */
export function ChoiceChips<V extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (next: V[]) => void;
}) {
  const legendId = useId();
  return (
    <div className="field" role="group" aria-labelledby={legendId}>
      <span id={legendId} className="field-label">
        {legend}
      </span>
      <div className="chip-row">
        {options.map((o) => {
          const on = value.includes(o.value);
          return (
            <button
              key={o.value}
              type="button"
              className={on ? 'chip active' : 'chip'}
              aria-pressed={on}
              onClick={() => onChange(on ? value.filter((v) => v !== o.value) : [...value, o.value])}
            >
              {on ? <span aria-hidden="true">✓ </span> : null}
              {o.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
