import { useState, type FormEvent } from 'react';
import { UNIT_GROUPS, type UnitGroup } from '@lantoa/contracts/org-units';
import {
  CreateResponsibilityBodySchema,
  RESPONSIBILITY_ROLES,
  type ProgrammeDetail,
  type Responsibility,
  type ResponsibilityRole,
} from '@lantoa/contracts/programme';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSavePart } from '../api/save-part.ts';
import { numberInputText, parseNumberInput } from './labels.ts';
import { PartFormFooter } from './part-dialogs.tsx';

type Props = {
  programme: ProgrammeDetail;
  item: Responsibility | null;
  defaultTaskAreaId?: string | null;
  onDone: () => void;
};

export function ResponsibilityForm({ programme, item, defaultTaskAreaId = null, onDone }: Props) {
  const t = useT();
  const save = useSavePart(programme.id, 'responsibilities');
  const [taskAreaId, setTaskAreaId] = useState(item?.taskAreaId ?? defaultTaskAreaId ?? '');
  const [who, setWho] = useState<'unit' | 'group'>(item && !item.unitId ? 'group' : 'unit');
  const [unit, setUnit] = useState<PickedUnit | null>(
    item?.unitId ? { id: item.unitId, name: item.unitName ?? item.unitId } : null,
  );
  const [unitGroup, setUnitGroup] = useState<UnitGroup | ''>(item?.unitGroup ?? '');
  const [role, setRole] = useState<ResponsibilityRole>(item?.role ?? 'lead');
  const [duty, setDuty] = useState(item?.duty ?? '');
  const maxSort = Math.max(0, ...programme.responsibilities.map((r) => r.sort));
  const [sort, setSort] = useState(numberInputText(item?.sort ?? maxSort + 10));
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(CreateResponsibilityBodySchema, {
      taskAreaId: taskAreaId || null,
      unitId: who === 'unit' ? (unit?.id ?? null) : null,
      unitGroup: who === 'group' ? unitGroup || null : null,
      role,
      duty,
      sort: parseNumberInput(sort) ?? 0,
    });
    if (checked.errors) {
      // The schema names the missing choice on unitId; say it where the person chooses.
      const missing = checked.errors.unitId;
      const next = { ...checked.errors };
      if (missing && who === 'group') {
        delete next.unitId;
        next.unitGroup = t('programme.resp.groupRequired');
      } else if (missing) next.unitId = t('programme.resp.unitRequired');
      return setErrors(next);
    }
    setErrors({});
    save.mutate(
      { target: item, body: checked.data },
      { onSuccess: onDone, onError: (err) => setErrors(serverFieldErrors(err)) },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <SelectField
        label={t('programme.resp.taskArea')}
        value={taskAreaId}
        onChange={(e) => setTaskAreaId(e.target.value)}
        options={programme.taskAreas.map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` }))}
        placeholder={t('programme.resp.wholeProgramme')}
        error={errors.taskAreaId}
      />
      <fieldset className="fieldset">
        <legend>{t('programme.resp.who')}</legend>
        <div className="radio-group">
          {(['unit', 'group'] as const).map((w) => (
            <label key={w} className="radio">
              <input type="radio" name="who" value={w} checked={who === w} onChange={() => setWho(w)} />
              {t(w === 'unit' ? 'programme.resp.whoUnit' : 'programme.resp.whoGroup')}
            </label>
          ))}
        </div>
        {who === 'unit' ? (
          <UnitPicker
            label={t('programme.resp.unit')}
            required
            includeHistorical
            value={unit}
            onChange={setUnit}
            error={errors.unitId}
            hint={t('programme.resp.unitHint')}
          />
        ) : (
          <SelectField
            label={t('programme.resp.group')}
            required
            value={unitGroup}
            onChange={(e) => setUnitGroup(e.target.value as UnitGroup | '')}
            options={UNIT_GROUPS.map((g) => ({ value: g, label: t(`unitGroup.${g}`) }))}
            placeholder={t('common.choose')}
            error={errors.unitGroup}
          />
        )}
      </fieldset>
      <SelectField
        label={t('programme.resp.role')}
        required
        value={role}
        onChange={(e) => setRole(e.target.value as ResponsibilityRole)}
        options={RESPONSIBILITY_ROLES.map((r) => ({ value: r, label: t(`programme.role.${r}`) }))}
        error={errors.role}
      />
      <TextAreaField
        label={t('programme.resp.duty')}
        required
        rows={5}
        value={duty}
        onChange={(e) => setDuty(e.target.value)}
        error={errors.duty}
      />
      <TextField
        label={t('programme.resp.sort')}
        inputMode="numeric"
        value={sort}
        onChange={(e) => setSort(e.target.value)}
        error={errors.sort}
        hint={t('programme.resp.sortHint')}
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
