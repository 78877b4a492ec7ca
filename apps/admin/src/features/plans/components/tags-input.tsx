import { useState, type KeyboardEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { useT } from '../../../lib/i18n.tsx';

/** A short list of free texts (programmes an activity belongs to), added one by one and shown as tags. */
export function TagsInput({
  label,
  hint,
  value,
  onChange,
  error,
  maxLength = 300,
}: {
  label: string;
  hint?: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
  maxLength?: number;
}) {
  const t = useT();
  const [text, setText] = useState('');

  function add() {
    const tag = text.trim();
    if (!tag) return;
    if (!value.includes(tag)) onChange([...value, tag]);
    setText('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  }

  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="tags-input">
          {value.length > 0 ? (
            <ul className="tag-list">
              {value.map((tag) => (
                <li key={tag} className="tag">
                  <span>{tag}</span>
                  <button
                    type="button"
                    className="tag-remove"
                    aria-label={t('plans.tags.remove', { tag })}
                    onClick={() => onChange(value.filter((x) => x !== tag))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="tags-entry">
            <input
              {...control}
              className="input"
              type="text"
              value={text}
              maxLength={maxLength}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <Button size="sm" onClick={add} disabled={!text.trim()}>
              {t('plans.tags.add')}
            </Button>
          </div>
        </div>
      )}
    </Field>
  );
}
