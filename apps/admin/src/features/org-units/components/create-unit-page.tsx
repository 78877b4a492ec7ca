import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CreateUnitBodySchema, type CreateUnitBody } from '@lantoa/contracts/org-units';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { formatDate } from '../../../lib/format.ts';
import { optional, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateUnit } from '../api/create-unit.ts';
import { useUnit } from '../api/get-unit.ts';
import { ActionFields, actionBaseBody, initialActionBase, StructuralForm, UnitTypeSelect } from './structural-form.tsx';

function CreateUnitForm({ initialParent }: { initialParent: PickedUnit | null }) {
  const t = useT();
  const create = useCreateUnit();
  const [base, setBase] = useState(initialActionBase);
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [type, setType] = useState('');
  const [officialCode, setOfficialCode] = useState('');
  const [parent, setParent] = useState<PickedUnit | null>(initialParent);
  const [errors, setErrors] = useState<FieldErrors>({});

  return (
    <StructuralForm<CreateUnitBody>
      prepare={() => {
        const checked = validate(CreateUnitBodySchema, {
          ...actionBaseBody(base),
          name,
          shortName: optional(shortName),
          type,
          officialCode: optional(officialCode),
          parentId: parent?.id ?? null,
        });
        return checked.errors ? { body: null, errors: checked.errors } : { body: checked.data, errors: null };
      }}
      mutate={(body, handlers) => create.mutate(body, handlers)}
      isPending={create.isPending}
      error={create.error}
      confirmTitle={t('create.confirmTitle')}
      confirmLabel={t('create.submit')}
      confirmText={(body) => (
        <p>
          {t(parent ? 'create.confirmUnder' : 'create.confirmRoot', {
            name: body.name,
            parent: parent?.name ?? '',
            date: formatDate(body.effectiveDate),
          })}
        </p>
      )}
      resultPath={(r) => `/org-units/${r.unitIds[0] ?? ''}`}
      cancelTo={parent ? `/org-units/${parent.id}` : '/org-units'}
      submitLabel={t('create.submit')}
      errors={errors}
      setErrors={setErrors}
    >
      <fieldset className="fieldset">
        <legend>{t('create.unit')}</legend>
        <TextField
          label={t('unit.name')}
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
            autoCapitalize="none"
          />
        </div>
        <UnitPicker
          label={t('unit.parent')}
          value={parent}
          onChange={setParent}
          asOf={base.effectiveDate || undefined}
          error={errors.parentId}
          hint={t('create.parentHint')}
        />
      </fieldset>
      <ActionFields value={base} onChange={setBase} errors={errors} />
    </StructuralForm>
  );
}

export function CreateUnitPage() {
  const t = useT();
  const [params] = useSearchParams();
  const parentId = params.get('parentId');
  const parentQuery = useUnit(parentId ?? '');
  const parent =
    parentId && parentQuery.data
      ? {
          id: parentQuery.data.id,
          name: parentQuery.data.current.name,
          officialCode: parentQuery.data.current.officialCode,
        }
      : null;
  const waiting = parentId !== null && parentQuery.isPending;
  return (
    <div className="page page-narrow">
      <PageHeader title={t('create.title')} />
      {waiting ? null : <CreateUnitForm initialParent={parent} />}
    </div>
  );
}
