import { useState } from 'react';
import { RenameUnitBodySchema, type UnitDetail } from '@lantoa/contracts/org-units';
import { TextField } from '../../../components/ui/field.tsx';
import { formatDate } from '../../../lib/format.ts';
import { optional, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useRenameUnit, type RenameUnitBody } from '../api/rename-unit.ts';
import { ActionFields, actionBaseBody, initialActionBase, StructuralForm, UnitTypeSelect } from './structural-form.tsx';
import { UnitActionPage } from './unit-action-page.tsx';

function RenameForm({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const rename = useRenameUnit();
  const c = unit.current;
  const [base, setBase] = useState(initialActionBase);
  const [name, setName] = useState(c.name);
  const [shortName, setShortName] = useState(c.shortName ?? '');
  const [officialCode, setOfficialCode] = useState(c.officialCode ?? '');
  const [type, setType] = useState<string>(c.type);
  const [errors, setErrors] = useState<FieldErrors>({});

  return (
    <StructuralForm<RenameUnitBody>
      prepare={() => {
        const code = optional(officialCode);
        const checked = validate(RenameUnitBodySchema, {
          ...actionBaseBody(base),
          name,
          shortName: optional(shortName),
          // Only what changes is sent: an unchanged code or type is not a new decision.
          officialCode: code !== (c.officialCode ?? undefined) ? code : undefined,
          type: type !== c.type ? type : undefined,
        });
        return checked.errors ? { body: null, errors: checked.errors } : { body: checked.data, errors: null };
      }}
      mutate={(body, handlers) => rename.mutate({ id: unit.id, body }, handlers)}
      isPending={rename.isPending}
      error={rename.error}
      confirmTitle={t('rename.confirmTitle')}
      confirmLabel={t('rename.submit')}
      confirmText={(body) => (
        <p>{t('rename.confirm', { old: c.name, name: body.name, date: formatDate(body.effectiveDate) })}</p>
      )}
      resultPath={() => `/org-units/${unit.id}`}
      cancelTo={`/org-units/${unit.id}`}
      submitLabel={t('rename.submit')}
      errors={errors}
      setErrors={setErrors}
    >
      <fieldset className="fieldset">
        <legend>{t('rename.newIdentity')}</legend>
        <TextField
          label={t('rename.newName')}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          maxLength={255}
        />
        <TextField
          label={t('unit.shortName')}
          value={shortName}
          onChange={(e) => setShortName(e.target.value)}
          error={errors.shortName}
          maxLength={100}
        />
        <div className="form-row">
          <UnitTypeSelect label={t('unit.type')} value={type} onChange={setType} error={errors.type} />
          <TextField
            label={t('unit.code')}
            value={officialCode}
            onChange={(e) => setOfficialCode(e.target.value)}
            error={errors.officialCode}
            hint={t('unit.codeHint')}
            maxLength={20}
          />
        </div>
      </fieldset>
      <ActionFields value={base} onChange={setBase} errors={errors} />
    </StructuralForm>
  );
}

export function RenameUnitPage() {
  return <UnitActionPage titleKey="rename.title">{(unit) => <RenameForm unit={unit} />}</UnitActionPage>;
}
