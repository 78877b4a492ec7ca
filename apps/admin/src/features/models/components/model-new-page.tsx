import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ProposalInputSchema, TARGET_GROUPS, type TargetGroup } from '@lantoa/contracts/comm-models';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { todayIso } from '../../../lib/format.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateModel } from '../api/models-api.ts';

/** A unit proposes a model: for whom, what, how many people it should reach. */
export function ModelNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateModel();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [title, setTitle] = useState('');
  const [group, setGroup] = useState<TargetGroup | ''>('');
  const [description, setDescription] = useState('');
  const [reach, setReach] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const reachText = reach.trim().replace(/[.\s]/g, '');
    const reachOk = /^\d{1,9}$/.test(reachText);
    const checked = validate(ProposalInputSchema, { year: Number(year), unitId: unit?.id ?? '', title, targetGroup: group, description, expectedReach: reachOk ? Number(reachText) : undefined });
    const extra: FieldErrors = reachOk ? {} : { expectedReach: t('models.form.notNumber') };
    if (checked.errors || !reachOk) {
      setErrors({ ...(checked.errors ?? {}), ...extra });
      return;
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (m) => void navigate(`/models/${m.id}`, { state: { flash: 'models.created' } }),
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  return (
    <div className="page page-narrow">
      <PageHeader title={t('models.form.newTitle')} />
      <form onSubmit={submit} noValidate className="form card">
        {create.error && !isApiError(create.error, 'VALIDATION_FAILED') ? <ErrorAlert error={create.error} /> : null}
        <div className="form-row">
          <SelectField label={t('models.year')} required value={year} options={[thisYear + 1, thisYear, thisYear - 1].map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => setYear(e.target.value)} error={errors.year} />
          <SelectField label={t('models.form.group')} required value={group} placeholder="" options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`models.group.${g}`) }))} onChange={(e) => setGroup(e.target.value as TargetGroup | '')} error={errors.targetGroup} />
        </div>
        <UnitPicker label={t('models.form.unit')} required value={unit} onChange={setUnit} error={errors.unitId} />
        <TextField label={t('models.form.title')} required value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} maxLength={300} />
        <TextAreaField label={t('models.form.description')} required value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} rows={5} />
        <TextField label={t('models.form.expectedReach')} required inputMode="numeric" value={reach} onChange={(e) => setReach(e.target.value)} error={errors.expectedReach} />
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {t('models.form.submit')}
          </Button>
          <ButtonLink to="/models">{t('models.form.cancel')}</ButtonLink>
        </div>
      </form>
    </div>
  );
}
