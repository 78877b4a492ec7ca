import { useState } from 'react';
import { CloseUnitBodySchema, type UnitDetail } from '@lantoa/contracts/org-units';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCloseUnit, type CloseUnitBody } from '../api/close-unit.ts';
import { ActionFields, actionBaseBody, initialActionBase, StructuralForm } from './structural-form.tsx';
import { UnitActionPage } from './unit-action-page.tsx';

function CloseForm({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const close = useCloseUnit();
  const [base, setBase] = useState(initialActionBase);
  const [errors, setErrors] = useState<FieldErrors>({});

  return (
    <StructuralForm<CloseUnitBody>
      prepare={() => {
        const checked = validate(CloseUnitBodySchema, actionBaseBody(base));
        return checked.errors ? { body: null, errors: checked.errors } : { body: checked.data, errors: null };
      }}
      mutate={(body, handlers) => close.mutate({ id: unit.id, body }, handlers)}
      isPending={close.isPending}
      error={close.error}
      tone="danger"
      confirmTitle={t('close.confirmTitle')}
      confirmLabel={t('close.submit')}
      confirmText={(body) => (
        <p>{t('close.confirm', { name: unit.current.name, date: formatDate(body.effectiveDate) })}</p>
      )}
      resultPath={() => `/org-units/${unit.id}`}
      cancelTo={`/org-units/${unit.id}`}
      submitLabel={t('close.submit')}
      errors={errors}
      setErrors={setErrors}
    >
      <Alert tone="warning">
        <p>{t('close.warning')}</p>
        {unit.childCount > 0 ? <p>{t('close.hasChildren', { count: formatNumber(unit.childCount) })}</p> : null}
      </Alert>
      <ActionFields value={base} onChange={setBase} errors={errors} dateHint={t('close.dateHint')} />
    </StructuralForm>
  );
}

export function CloseUnitPage() {
  return <UnitActionPage titleKey="close.title">{(unit) => <CloseForm unit={unit} />}</UnitActionPage>;
}
