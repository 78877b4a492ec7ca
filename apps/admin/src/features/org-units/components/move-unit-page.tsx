import { useState } from 'react';
import { MoveUnitBodySchema, type UnitDetail } from '@lantoa/contracts/org-units';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { formatDate } from '../../../lib/format.ts';
import { validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useMoveUnit, type MoveUnitBody } from '../api/move-unit.ts';
import { ActionFields, actionBaseBody, initialActionBase, StructuralForm } from './structural-form.tsx';
import { UnitActionPage } from './unit-action-page.tsx';

function MoveForm({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const move = useMoveUnit();
  const [base, setBase] = useState(initialActionBase);
  const [parent, setParent] = useState<PickedUnit | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const currentParent = unit.current.parentName ?? unit.ancestors[unit.ancestors.length - 1]?.name;

  return (
    <StructuralForm<MoveUnitBody>
      prepare={() => {
        if (!parent) return { body: null, errors: { parentId: t('move.parentRequired') } };
        const checked = validate(MoveUnitBodySchema, { ...actionBaseBody(base), parentId: parent.id });
        return checked.errors ? { body: null, errors: checked.errors } : { body: checked.data, errors: null };
      }}
      mutate={(body, handlers) => move.mutate({ id: unit.id, body }, handlers)}
      isPending={move.isPending}
      error={move.error}
      confirmTitle={t('move.confirmTitle')}
      confirmLabel={t('move.submit')}
      confirmText={(body) => (
        <p>
          {t('move.confirm', {
            name: unit.current.name,
            parent: parent?.name ?? '',
            date: formatDate(body.effectiveDate),
          })}
        </p>
      )}
      resultPath={() => `/org-units/${unit.id}`}
      cancelTo={`/org-units/${unit.id}`}
      submitLabel={t('move.submit')}
      errors={errors}
      setErrors={setErrors}
    >
      <fieldset className="fieldset">
        <legend>{t('move.newParent')}</legend>
        <p className="muted">{t('move.currentParent', { parent: currentParent ?? t('unit.noParent') })}</p>
        <UnitPicker
          label={t('move.parentLabel')}
          required
          value={parent}
          onChange={setParent}
          asOf={base.effectiveDate || undefined}
          excludeIds={[unit.id, ...(unit.current.parentId ? [unit.current.parentId] : [])]}
          error={errors.parentId}
        />
      </fieldset>
      <ActionFields value={base} onChange={setBase} errors={errors} />
    </StructuralForm>
  );
}

export function MoveUnitPage() {
  return <UnitActionPage titleKey="move.title">{(unit) => <MoveForm unit={unit} />}</UnitActionPage>;
}
