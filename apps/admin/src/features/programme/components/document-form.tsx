import { useState, type FormEvent } from 'react';
import { CreateDocumentBodySchema, type ProgrammeDocument } from '@lantoa/contracts/programme';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSavePart } from '../api/save-part.ts';
import { numberInputText, parseNumberInput } from './labels.ts';
import { PartFormFooter } from './part-dialogs.tsx';

export function DocumentForm({
  programmeId,
  item,
  onDone,
}: {
  programmeId: string;
  item: ProgrammeDocument | null;
  onDone: () => void;
}) {
  const t = useT();
  const save = useSavePart(programmeId, 'documents');
  const [title, setTitle] = useState(item?.title ?? '');
  const [number, setNumber] = useState(item?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(item?.issuedOn ?? '');
  const [url, setUrl] = useState(item?.url ?? '');
  const [note, setNote] = useState(item?.note ?? '');
  const [sort, setSort] = useState(numberInputText(item?.sort ?? 0));
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(CreateDocumentBodySchema, {
      title,
      number,
      issuedOn,
      url,
      note,
      sort: parseNumberInput(sort) ?? 0,
    });
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
        label={t('programme.document.title')}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={500}
      />
      <div className="form-row">
        <TextField
          label={t('programme.document.number')}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={errors.number}
          maxLength={100}
        />
        <DatePicker
          label={t('programme.document.issuedOn')}
          value={issuedOn}
          onChange={setIssuedOn}
          error={errors.issuedOn}
        />
      </div>
      <TextField
        label={t('programme.document.url')}
        type="url"
        inputMode="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errors.url}
        hint={t('programme.document.urlHint')}
      />
      <TextAreaField
        label={t('programme.document.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <TextField
        label={t('programme.sort')}
        inputMode="numeric"
        value={sort}
        onChange={(e) => setSort(e.target.value)}
        error={errors.sort}
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
