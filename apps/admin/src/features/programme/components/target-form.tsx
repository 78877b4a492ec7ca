import { useState, type FormEvent } from 'react';
import { UNIT_GROUPS, type UnitGroup } from '@lantoa/contracts/org-units';
import { CreateTargetBodySchema, type ProgrammeDetail, type Target } from '@lantoa/contracts/programme';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSavePart } from '../api/save-part.ts';
import { numberInputText, parseNumberInput } from './labels.ts';
import { PartFormFooter } from './part-dialogs.tsx';

type Props = { programme: ProgrammeDetail; item: Target | null; onDone: () => void };

export function TargetForm({ programme, item, onDone }: Props) {
  const t = useT();
  const save = useSavePart(programme.id, 'targets');
  const nextNumber = Math.max(0, ...programme.targets.map((x) => x.number)) + 1;
  const [number, setNumber] = useState(numberInputText(item?.number ?? nextNumber));
  const [title, setTitle] = useState(item?.title ?? '');
  const [content, setContent] = useState(item?.content ?? '');
  const [targetValue, setTargetValue] = useState(numberInputText(item?.targetValue));
  const [targetValueMax, setTargetValueMax] = useState(numberInputText(item?.targetValueMax));
  const [unit, setUnit] = useState(item?.unit ?? '%');
  const [isYearly, setIsYearly] = useState(item?.isYearly ?? false);
  const [unitGroup, setUnitGroup] = useState<UnitGroup | ''>(item?.unitGroup ?? '');
  const [areas, setAreas] = useState<number[]>(item?.taskAreaNumbers ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});

  function toggleArea(n: number, on: boolean) {
    setAreas((prev) => (on ? [...prev, n].sort((a, b) => a - b) : prev.filter((x) => x !== n)));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(CreateTargetBodySchema, {
      number: parseNumberInput(number),
      title,
      content,
      targetValue: parseNumberInput(targetValue),
      targetValueMax: parseNumberInput(targetValueMax) ?? null,
      unit,
      isYearly,
      unitGroup: unitGroup || null,
      taskAreaNumbers: areas,
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
      <div className="form-row">
        <TextField
          label={t('programme.target.number')}
          required
          inputMode="numeric"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={errors.number}
        />
        <TextField
          label={t('programme.target.unit')}
          required
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          error={errors.unit}
          hint={t('programme.target.unitHint')}
          maxLength={30}
        />
      </div>
      <TextField
        label={t('programme.target.title')}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={300}
      />
      <TextAreaField
        label={t('programme.target.content')}
        required
        rows={4}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        error={errors.content}
      />
      <div className="form-row">
        <TextField
          label={t('programme.target.targetValue')}
          required
          inputMode="decimal"
          value={targetValue}
          onChange={(e) => setTargetValue(e.target.value)}
          error={errors.targetValue}
        />
        <TextField
          label={t('programme.target.targetValueMax')}
          inputMode="decimal"
          value={targetValueMax}
          onChange={(e) => setTargetValueMax(e.target.value)}
          error={errors.targetValueMax}
          hint={t('programme.target.targetValueMaxHint')}
        />
      </div>
      <CheckboxField
        label={t('programme.target.isYearly')}
        hint={t('programme.target.isYearlyHint')}
        checked={isYearly}
        onChange={(e) => setIsYearly(e.target.checked)}
      />
      <SelectField
        label={t('programme.target.unitGroup')}
        value={unitGroup}
        onChange={(e) => setUnitGroup(e.target.value as UnitGroup | '')}
        options={UNIT_GROUPS.map((g) => ({ value: g, label: t(`unitGroup.${g}`) }))}
        placeholder={t('programme.target.noGroup')}
        error={errors.unitGroup}
        hint={t('programme.target.unitGroupHint')}
      />
      <fieldset className="fieldset">
        <legend>{t('programme.target.taskAreas')}</legend>
        {programme.taskAreas.length === 0 ? (
          <p className="muted">{t('programme.target.noTaskAreas')}</p>
        ) : (
          <div className="programme-area-checks">
            {programme.taskAreas.map((a) => (
              <CheckboxField
                key={a.id}
                label={`${a.number}. ${a.title}`}
                checked={areas.includes(a.number)}
                onChange={(e) => toggleArea(a.number, e.target.checked)}
              />
            ))}
          </div>
        )}
        {errors.taskAreaNumbers ? <p className="field-error">{errors.taskAreaNumbers}</p> : null}
      </fieldset>
      <PartFormFooter
        errorCount={Object.keys(errors).length}
        error={save.error}
        busy={save.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
