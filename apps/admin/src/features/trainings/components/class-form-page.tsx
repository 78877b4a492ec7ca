import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { roleHasPermission } from '@lantoa/contracts/access';
import { CreateClassBodySchema, type ClassView } from '@lantoa/contracts/trainings';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useMe } from '../../../lib/auth.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useClass } from '../api/get-class.ts';
import { useCourses } from '../api/get-courses.ts';
import { useSaveClass } from '../api/save-class.ts';

type Draft = {
  courseId: string;
  title: string;
  organiser: PickedUnit | null;
  startsOn: string;
  endsOn: string;
  isOnline: boolean;
  place: string;
  trainers: string;
  materials: string;
};

function draftOf(k: ClassView): Draft {
  return {
    courseId: k.courseId,
    title: k.title,
    organiser: { id: k.organiserUnitId, name: k.organiserUnitName },
    startsOn: k.startsOn,
    endsOn: k.endsOn,
    isOnline: k.isOnline,
    place: k.place ?? '',
    trainers: k.trainers ?? '',
    materials: k.materials ?? '',
  };
}

/** /trainings/new */
export function ClassNewPage() {
  const me = useMe();
  const managed = me.roles.filter((r) => roleHasPermission(r.role, 'training:manage'));
  const only = managed.length === 1 ? managed[0] : undefined;
  return (
    <ClassForm
      initial={{
        courseId: '',
        title: '',
        organiser: only ? { id: only.unitId, name: only.unitName } : null,
        startsOn: '',
        endsOn: '',
        isOnline: false,
        place: '',
        trainers: '',
        materials: '',
      }}
      existing={null}
    />
  );
}

/** /trainings/:id/edit */
export function ClassEditPage() {
  const { id = '' } = useParams();
  const query = useClass(id);
  return (
    <QueryState query={query}>{(k) => <ClassForm key={k.lockVersion} initial={draftOf(k)} existing={k} />}</QueryState>
  );
}

function ClassForm({ initial, existing }: { initial: Draft; existing: ClassView | null }) {
  const t = useT();
  const navigate = useNavigate();
  const courses = useCourses();
  const save = useSaveClass(existing?.id ?? null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => {
      const { [key === 'organiser' ? 'organiserUnitId' : key]: _gone, ...rest } = e;
      return rest;
    });
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      courseId: draft.courseId,
      organiserUnitId: draft.organiser?.id ?? '',
      title: draft.title,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      isOnline: draft.isOnline,
      place: draft.place,
      trainers: draft.trainers,
      materials: draft.materials,
    };
    const checked = validate(CreateClassBodySchema, body);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    save.mutate(existing ? { ...checked.data, lockVersion: existing.lockVersion } : checked.data, {
      onSuccess: (k) =>
        void navigate(`/trainings/${k.id}`, {
          state: { flash: existing ? 'trainings.detail.saved' : 'trainings.detail.created' },
        }),
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  const courseOptions = (courses.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.title} — ${t(`trainings.kind.${c.kind}`)}`,
  }));
  const errorCount = Object.keys(errors).length;
  const title = existing ? t('trainings.form.editTitle') : t('trainings.form.newTitle');
  return (
    <div className="page page-narrow">
      <PageHeader title={title} />
      <form className="card form" onSubmit={submit} noValidate aria-label={title}>
        {errorCount > 0 ? <Alert tone="error">{t('trainings.form.errors', { count: errorCount })}</Alert> : null}
        <SelectField
          label={t('trainings.form.course')}
          required
          value={draft.courseId}
          placeholder={t('trainings.form.coursePlaceholder')}
          options={courseOptions}
          error={errors.courseId}
          onChange={(e) => set('courseId', e.target.value)}
        />
        <TextField
          label={t('trainings.form.title')}
          required
          value={draft.title}
          error={errors.title}
          maxLength={300}
          onChange={(e) => set('title', e.target.value)}
        />
        <UnitPicker
          label={t('trainings.form.organiser')}
          required
          value={draft.organiser}
          error={errors.organiserUnitId}
          onChange={(u) => set('organiser', u)}
        />
        <div className="form-row">
          <DatePicker
            label={t('trainings.form.startsOn')}
            required
            value={draft.startsOn}
            error={errors.startsOn}
            onChange={(v) => set('startsOn', v)}
          />
          <DatePicker
            label={t('trainings.form.endsOn')}
            required
            value={draft.endsOn}
            error={errors.endsOn}
            onChange={(v) => set('endsOn', v)}
          />
        </div>
        <CheckboxField
          label={t('trainings.form.isOnline')}
          checked={draft.isOnline}
          onChange={(e) => set('isOnline', e.target.checked)}
        />
        <TextField
          label={t('trainings.form.place')}
          required={!draft.isOnline}
          hint={t('trainings.form.placeHint')}
          value={draft.place}
          error={errors.place}
          maxLength={500}
          onChange={(e) => set('place', e.target.value)}
        />
        <TextAreaField
          label={t('trainings.form.trainers')}
          value={draft.trainers}
          error={errors.trainers}
          onChange={(e) => set('trainers', e.target.value)}
        />
        <TextAreaField
          label={t('trainings.form.materials')}
          value={draft.materials}
          error={errors.materials}
          onChange={(e) => set('materials', e.target.value)}
        />
        {save.isError && Object.keys(serverFieldErrors(save.error)).length === 0 ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('trainings.form.save')}
          </Button>
          <ButtonLink to={existing ? `/trainings/${existing.id}` : '/trainings'}>{t('common.cancel')}</ButtonLink>
        </div>
      </form>
    </div>
  );
}
