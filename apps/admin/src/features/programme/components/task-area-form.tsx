import { useState, type FormEvent } from 'react';
import { CreateTaskAreaBodySchema, type TaskArea } from '@lantoa/contracts/programme';
import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSavePart } from '../api/save-part.ts';
import { numberInputText, parseNumberInput } from './labels.ts';
import { PartFormFooter } from './part-dialogs.tsx';

type Props = { programmeId: string; item: TaskArea | null; nextNumber: number; onDone: () => void };

export function TaskAreaForm({ programmeId, item, nextNumber, onDone }: Props) {
  const t = useT();
  const save = useSavePart(programmeId, 'task-areas');
  const [number, setNumber] = useState(numberInputText(item?.number ?? nextNumber));
  const [title, setTitle] = useState(item?.title ?? '');
  const [content, setContent] = useState(item?.content ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(CreateTaskAreaBodySchema, { number: parseNumberInput(number), title, content });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    save.mutate(
      { target: item, body: checked.data },
      { onSuccess: onDone, onError: (err) => setErrors(serverFieldErrors(err)) },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <TextField
        label={t('programme.area.number')}
        required
        inputMode="numeric"
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        error={errors.number}
        hint={item ? t('programme.area.numberChangeHint') : undefined}
        className="field-short"
      />
      <TextField
        label={t('programme.area.title')}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        hint={t('programme.area.titleHint')}
        maxLength={300}
      />
      <TextAreaField
        label={t('programme.area.content')}
        required
        rows={6}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        error={errors.content}
        hint={t('programme.area.contentHint')}
      />
      <PartFormFooter
        errorCount={Object.keys(errors).length}
        error={save.error}
        busy={save.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
