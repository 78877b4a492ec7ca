import { useState, type FormEvent } from 'react';
import { CONTENT_AUDIENCES, CONTENT_CHANNELS, CONTENT_KINDS, type ContentAudience, type ContentChannel, type ContentKind, type ContentView } from '@lantoa/contracts/content';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSaveContent } from '../api/save-content.ts';
import { fromBodyHtml, fromLocalInput, toBodyHtml, toLocalInput } from '../content-form-values.ts';

type Props = {
  item: ContentView | null;
  defaultUnit: PickedUnit | null;
  onSaved: (item: ContentView, created: boolean) => void;
};

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/** Writes or edits one item; the server cleans the rich text and keeps each save as a version. */
export function ContentForm({ item, defaultUnit, onSaved }: Props) {
  const t = useT();
  const save = useSaveContent(item?.id ?? null);
  const [kind, setKind] = useState<ContentKind>(item?.kind ?? 'article');
  const [title, setTitle] = useState(item?.title ?? '');
  const [summary, setSummary] = useState(item?.summary ?? '');
  const [body, setBody] = useState(fromBodyHtml(item?.bodyHtml ?? ''));
  const [unit, setUnit] = useState<PickedUnit | null>(item ? { id: item.unitId, name: item.unitName } : defaultUnit);
  const [inColumn, setInColumn] = useState(item?.inColumn ?? true);
  const [audiences, setAudiences] = useState<ContentAudience[]>((item?.audiences as ContentAudience[] | undefined) ?? ['citizens']);
  const [channels, setChannels] = useState<ContentChannel[]>((item?.channels as ContentChannel[] | undefined) ?? []);
  const [taskAreas, setTaskAreas] = useState<number[]>(item?.taskAreas ?? []);
  const [tags, setTags] = useState((item?.tags ?? []).join(', '));
  const [publishAt, setPublishAt] = useState(toLocalInput(item?.publishAt ?? null));
  const [coverFileId, setCoverFileId] = useState(item?.coverFileId ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: FieldErrors = {};
    if (!title.trim()) next.title = t('content.form.titleRequired');
    if (!unit) next.unitId = t('content.form.unitRequired');
    setErrors(next);
    if (Object.keys(next).length || !unit) {
      document.getElementById(next.title ? 'content-title' : 'content-unit')?.focus();
      return;
    }
    save.mutate(
      {
        kind,
        title: title.trim(),
        summary: summary.trim() || null,
        bodyHtml: toBodyHtml(body),
        unitId: unit.id,
        inColumn,
        audiences,
        channels,
        taskAreas,
        tags: tags.split(',').map((s) => s.trim()).filter(Boolean),
        publishAt: fromLocalInput(publishAt),
        coverFileId: coverFileId || null,
        lockVersion: item?.lockVersion,
      },
      {
        onSuccess: (saved) => onSaved(saved, !item),
        onError: (err) => setErrors(serverFieldErrors(err)),
      },
    );
  };

  const images = item?.files.filter((f) => f.role === 'image') ?? [];
  return (
    <form className="card content-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <SelectField
          label={t('content.form.kind')}
          value={kind}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
          onChange={(e) => setKind(e.target.value as ContentKind)}
          required
        />
        <div id="content-unit-field">
          <UnitPicker label={t('content.form.unit')} value={unit} onChange={setUnit} error={errors.unitId} required id="content-unit" />
        </div>
      </div>
      <TextField id="content-title" label={t('content.form.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} required maxLength={300} />
      <TextAreaField label={t('content.form.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} error={errors.summary} rows={2} maxLength={1000} />
      <TextAreaField
        label={t('content.form.body')}
        hint={t('content.form.bodyHint')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errors.bodyHtml}
        rows={12}
      />
      <CheckboxField label={t('content.form.inColumn')} checked={inColumn} onChange={(e) => setInColumn(e.target.checked)} />
      <fieldset className="chips">
        <legend>{t('content.form.audiences')}</legend>
        {CONTENT_AUDIENCES.map((a) => (
          <CheckboxField key={a} label={t(`content.audience.${a}`)} checked={audiences.includes(a)} onChange={() => setAudiences(toggle(audiences, a))} />
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>{t('content.form.channels')}</legend>
        {CONTENT_CHANNELS.map((c) => (
          <CheckboxField key={c} label={t(`content.channel.${c}`)} checked={channels.includes(c)} onChange={() => setChannels(toggle(channels, c))} />
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>{t('content.form.taskAreas')}</legend>
        {Array.from({ length: 11 }, (_, i) => i + 1).map((n) => (
          <CheckboxField key={n} label={t('content.form.taskArea', { n })} checked={taskAreas.includes(n)} onChange={() => setTaskAreas(toggle(taskAreas, n))} />
        ))}
      </fieldset>
      <div className="form-grid">
        <TextField label={t('content.form.tags')} hint={t('content.form.tagsHint')} value={tags} onChange={(e) => setTags(e.target.value)} error={errors.tags} />
        <TextField label={t('content.form.publishAt')} hint={t('content.form.publishAtHint')} type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} error={errors.publishAt} />
        {images.length ? (
          <SelectField
            label={t('content.form.cover')}
            value={coverFileId}
            placeholder={t('content.form.coverNone')}
            options={images.map((f) => ({ value: f.fileId, label: f.caption ?? f.name }))}
            onChange={(e) => setCoverFileId(e.target.value)}
            error={errors.coverFileId}
          />
        ) : null}
      </div>
      {save.error && !Object.keys(serverFieldErrors(save.error)).length ? <ErrorAlert error={save.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {t('content.form.save')}
        </Button>
      </div>
    </form>
  );
}
