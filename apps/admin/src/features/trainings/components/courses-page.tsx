import { useState, type FormEvent } from 'react';
import { CourseInputSchema, TRAINING_KINDS, type Course } from '@lantoa/contracts/trainings';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateCourse } from '../api/create-course.ts';
import { useCourses } from '../api/get-courses.ts';
import { TrainingsTabs } from './trainings-tabs.tsx';

/** /trainings/courses — the catalogue of courses by kind. */
export function CoursesPage() {
  const t = useT();
  const canManage = useCan('training:manage');
  const query = useCourses();
  const columns: Column<Course>[] = [
    {
      key: 'title',
      header: t('trainings.courses.name'),
      primary: true,
      render: (c) => <span className="strong">{c.title}</span>,
    },
    { key: 'description', header: t('trainings.courses.description'), render: (c) => c.description ?? '—' },
    {
      key: 'classes',
      header: t('trainings.courses.classes'),
      className: 'cell-num',
      render: (c) => formatNumber(c.classCount),
    },
  ];
  return (
    <div className="page">
      <PageHeader title={t('trainings.courses.title')} subtitle={t('trainings.subtitle')} />
      <TrainingsTabs />
      {canManage ? <AddCourse /> : null}
      <QueryState query={query}>
        {(data) => (
          <>
            {TRAINING_KINDS.map((kind) => {
              const rows = data.items.filter((c) => c.kind === kind);
              return (
                <section key={kind} className="card stack" aria-labelledby={`kind-${kind}`}>
                  <h2 className="section-title" id={`kind-${kind}`}>
                    {t(`trainings.kind.${kind}`)}
                  </h2>
                  {rows.length === 0 ? (
                    <EmptyState title={t('trainings.courses.empty')} />
                  ) : (
                    <Table caption={t(`trainings.kind.${kind}`)} columns={columns} rows={rows} rowKey={(c) => c.id} />
                  )}
                </section>
              );
            })}
          </>
        )}
      </QueryState>
    </div>
  );
}

function AddCourse() {
  const t = useT();
  const create = useCreateCourse();
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const checked = validate(CourseInputSchema, { kind, title, description });
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (c) => {
        setDone(t('trainings.courses.created', { title: c.title }));
        setTitle('');
        setDescription('');
      },
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-label={t('trainings.courses.add')}>
      <h2 className="section-title">{t('trainings.courses.add')}</h2>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <SelectField
        label={t('trainings.kindLabel')}
        required
        value={kind}
        placeholder={t('common.choose')}
        error={errors.kind}
        options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kind.${k}`) }))}
        onChange={(e) => setKind(e.target.value)}
      />
      <TextField
        label={t('trainings.courses.name')}
        required
        value={title}
        error={errors.title}
        maxLength={300}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        label={t('trainings.courses.description')}
        value={description}
        error={errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      {create.isError && Object.keys(serverFieldErrors(create.error)).length === 0 ? (
        <ErrorAlert error={create.error} />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t('trainings.courses.add')}
        </Button>
      </div>
    </form>
  );
}
