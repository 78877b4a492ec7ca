import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitSummary } from '@lantoa/contracts/org-units';
import { apiFetch } from '../lib/api-client.ts';
import { formatDate } from '../lib/format.ts';
import { useErrorText, useT } from '../lib/i18n.tsx';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { Button } from './ui/button.tsx';
import { RequiredMark } from './ui/field.tsx';
import { Spinner } from './ui/spinner.tsx';

export type PickedUnit = { id: string; name: string; officialCode?: string | null; type?: string };

type SearchOptions = { asOf?: string; includeHistorical?: boolean; limit?: number };

export function searchUnits(q: string, { asOf, includeHistorical, limit = 20 }: SearchOptions, signal?: AbortSignal) {
  return apiFetch<{ items: UnitSummary[] }>('/org-units/search', {
    query: { q, asOf, includeHistorical: includeHistorical ? 'true' : undefined, limit },
    signal,
  });
}

type UnitSearchInputProps = SearchOptions & {
  label: ReactNode;
  onSelect: (unit: UnitSummary) => void;
  /** Units that may not be chosen (already chosen, or the unit itself). */
  excludeIds?: readonly string[];
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  id?: string;
  placeholder?: string;
};

/**
 * A search box that lists matching units as the person types (diacritics optional: "hoa khanh"
 * finds "Hòa Khánh"), following the ARIA combobox pattern.
 */
export function UnitSearchInput({
  label,
  onSelect,
  excludeIds = [],
  error,
  hint,
  required,
  id,
  placeholder,
  asOf,
  includeHistorical,
  limit,
}: UnitSearchInputProps) {
  const t = useT();
  const errorText = useErrorText();
  const generated = useId();
  const inputId = id ?? `u${generated}`;
  const listId = `${inputId}-list`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const q = useDebouncedValue(text.trim(), 250);

  const query = useQuery({
    queryKey: ['org-units', 'search', { q, asOf, includeHistorical, limit }],
    queryFn: ({ signal }) => searchUnits(q, { asOf, includeHistorical, limit }, signal),
    enabled: q.length >= 1,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const items = (query.data?.items ?? []).filter((u) => !excludeIds.includes(u.id));
  const showList = open && q.length >= 1;

  function choose(unit: UnitSummary) {
    onSelect(unit);
    setText('');
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      const unit = items[active];
      if (showList && unit) {
        e.preventDefault();
        choose(unit);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'unit-search', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      <div className="field-label-row">
        <label htmlFor={inputId} className="field-label">
          {label}
        </label>
        {required ? <RequiredMark /> : null}
      </div>
      <div className="combobox">
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          placeholder={placeholder ?? t('unitPicker.placeholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {query.isFetching ? (
          <span className="combobox-spinner">
            <Spinner size="sm" />
          </span>
        ) : null}
        <ul
          id={listId}
          role="listbox"
          className="combobox-list"
          hidden={!showList}
          aria-label={t('unitPicker.results')}
        >
          {query.isError ? (
            <li className="combobox-note" role="presentation">
              {errorText(query.error)}
            </li>
          ) : items.length === 0 && !query.isFetching && query.data ? (
            <li className="combobox-note" role="presentation">
              {t('unitPicker.noResults')}
            </li>
          ) : null}
          {items.map((unit, i) => (
            <li
              key={unit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'combobox-option active' : 'combobox-option'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(unit)}
            >
              <span className="combobox-option-name">{unit.name}</span>
              <span className="combobox-option-meta">
                {t(`unitType.${unit.type}`)}
                {unit.officialCode ? ` · ${unit.officialCode}` : ''}
                {unit.validTo ? ` · ${t('unit.validUntil', { date: formatDate(unit.validTo) })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </div>
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

type UnitPickerProps = Omit<UnitSearchInputProps, 'onSelect'> & {
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
};

/** Chooses one unit: the search box until a unit is chosen, then the unit with a way to change it. */
export function UnitPicker({ value, onChange, label, error, hint, required, ...search }: UnitPickerProps) {
  const t = useT();
  const labelId = useId();
  if (!value) {
    return (
      <UnitSearchInput
        {...search}
        label={label}
        error={error}
        hint={hint}
        required={required}
        onSelect={(u) => onChange({ id: u.id, name: u.name, officialCode: u.officialCode, type: u.type })}
      />
    );
  }
  return (
    <div
      className={['field', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}
      role="group"
      aria-labelledby={labelId}
    >
      <div className="field-label-row">
        <span className="field-label" id={labelId}>
          {label}
        </span>
        {required ? <RequiredMark /> : null}
      </div>
      <div className="picked-unit">
        <span className="picked-unit-name">
          {value.name}
          {value.officialCode ? <span className="muted"> · {value.officialCode}</span> : null}
        </span>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onChange(null)}
          aria-label={t('unitPicker.changeNamed', { name: value.name })}
        >
          {t('unitPicker.change')}
        </Button>
      </div>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
