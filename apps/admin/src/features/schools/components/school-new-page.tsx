import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CreateSchoolBodySchema } from '@lantoa/contracts/schools';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateSchool } from '../api/create-school.ts';
import { countValue, SchoolProfileFields, type ProfileDraft } from './school-fields.tsx';

/** A new school: its name, the commune it is in (and the one before the 2025 merger), its profile. */
export function SchoolNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateSchool();
  const [name, setName] = useState('');
  const [commune, setCommune] = useState<PickedUnit | null>(null);
  const [former, setFormer] = useState<PickedUnit | null>(null);
  const [draft, setDraft] = useState<ProfileDraft>({ level: '', ownership: 'public', hasDxClub: false, clubNote: '', hasSciencePlayground: false, teachersTrained: '0', students: '' });
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(CreateSchoolBodySchema, {
      name,
      communeUnitId: commune?.id ?? '',
      formerCommuneUnitId: former?.id ?? null,
      level: draft.level,
      ownership: draft.ownership,
      hasDxClub: draft.hasDxClub,
      clubNote: draft.hasDxClub ? nullable(draft.clubNote) : null,
      hasSciencePlayground: draft.hasSciencePlayground,
      teachersTrained: countValue(draft.teachersTrained) ?? 0,
      students: countValue(draft.students),
    });
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (school) => void navigate(`/schools/${school.id}`, { state: { flash: 'schools.saved' } }),
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  return (
    <div className="page page-narrow">
      <PageHeader title={t('schools.form.title')} />
      <form className="card form" onSubmit={submit} noValidate>
        <TextField label={t('schools.form.name')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        <UnitPicker label={t('schools.form.commune')} value={commune} onChange={setCommune} required error={errors.communeUnitId} hint={t('schools.form.communeHint')} />
        <UnitPicker
          label={t('schools.form.former')}
          value={former}
          onChange={setFormer}
          asOf="2025-06-30"
          error={errors.formerCommuneUnitId}
          hint={t('schools.form.formerHint')}
        />
        <SchoolProfileFields draft={draft} onChange={setDraft} errors={errors} />
        {create.isError && !isApiError(create.error, 'VALIDATION_FAILED') ? <ErrorAlert error={create.error} /> : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('schools.form.save')}
          </Button>
          <ButtonLink to="/schools">{t('schools.form.cancel')}</ButtonLink>
        </div>
      </form>
    </div>
  );
}
