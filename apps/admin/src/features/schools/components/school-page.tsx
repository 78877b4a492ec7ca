import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { SESSION_TOPICS, SessionInputSchema, UpdateSchoolBodySchema, type SchoolView, type Session } from '@lantoa/contracts/schools';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDate, formatNumber, todayIso } from '../../../lib/format.ts';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useAddSession } from '../api/add-session.ts';
import { useSchool } from '../api/get-school.ts';
import { schoolKeys } from '../api/keys.ts';
import { useUpdateSchool } from '../api/update-school.ts';
import { countValue, SchoolProfileFields, type ProfileDraft } from './school-fields.tsx';

function ProfileForm({ school, onDone }: { school: SchoolView; onDone: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const update = useUpdateSchool(school.id);
  const [draft, setDraft] = useState<ProfileDraft>({
    level: school.level,
    ownership: school.ownership,
    hasDxClub: school.hasDxClub,
    clubNote: school.clubNote ?? '',
    hasSciencePlayground: school.hasSciencePlayground,
    teachersTrained: String(school.teachersTrained),
    students: school.students === null ? '' : String(school.students),
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(UpdateSchoolBodySchema, {
      level: draft.level,
      ownership: draft.ownership,
      hasDxClub: draft.hasDxClub,
      clubNote: draft.hasDxClub ? nullable(draft.clubNote) : null,
      hasSciencePlayground: draft.hasSciencePlayground,
      teachersTrained: countValue(draft.teachersTrained) ?? 0,
      students: countValue(draft.students),
      lockVersion: school.lockVersion,
    });
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    update.mutate(checked.data, {
      onSuccess: onDone,
      onError: (err) => {
        setErrors(serverFieldErrors(err));
        if (isApiError(err, 'VERSION_CONFLICT')) void queryClient.invalidateQueries({ queryKey: schoolKeys.detail(school.id) });
      },
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <SchoolProfileFields draft={draft} onChange={setDraft} errors={errors} />
      {update.isError && !isApiError(update.error, 'VALIDATION_FAILED') ? <ErrorAlert error={update.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t('schools.form.save')}
        </Button>
        <Button onClick={onDone}>{t('schools.form.cancel')}</Button>
      </div>
    </form>
  );
}

function SessionForm({ schoolId }: { schoolId: string }) {
  const t = useT();
  const add = useAddSession(schoolId);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [topic, setTopic] = useState('');
  const [title, setTitle] = useState('');
  const [classes, setClasses] = useState('');
  const [students, setStudents] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(SessionInputSchema, { heldOn, topic, title, classes: countValue(classes), students: countValue(students), note: null });
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setDone(false);
    add.mutate(checked.data, {
      onSuccess: () => {
        setTitle('');
        setClasses('');
        setStudents('');
        setDone(true);
      },
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  return (
    <form className="form schools-subform" onSubmit={submit} noValidate aria-labelledby="add-session-title">
      <h3 id="add-session-title" className="section-title">
        {t('schools.sessions.addTitle')}
      </h3>
      <div className="form-row">
        <DatePicker label={t('schools.sessions.date')} required value={heldOn} onChange={setHeldOn} error={errors.heldOn} max={todayIso()} />
        <SelectField
          label={t('schools.sessions.topic')}
          required
          value={topic}
          placeholder="—"
          options={SESSION_TOPICS.map((x) => ({ value: x, label: t(`schools.topic.${x}`) }))}
          onChange={(e) => setTopic(e.target.value)}
          error={errors.topic}
        />
      </div>
      <TextField label={t('schools.sessions.titleField')} required value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      <div className="form-row">
        <TextField label={t('schools.sessions.classes')} required inputMode="numeric" value={classes} onChange={(e) => setClasses(e.target.value)} error={errors.classes} />
        <TextField label={t('schools.sessions.students')} required inputMode="numeric" value={students} onChange={(e) => setStudents(e.target.value)} error={errors.students} />
      </div>
      {add.isError && !isApiError(add.error, 'VALIDATION_FAILED') ? <ErrorAlert error={add.error} /> : null}
      {done ? (
        <Alert tone="success">
          <p>{t('schools.sessions.added')}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={add.isPending}>
          {t('schools.sessions.add')}
        </Button>
      </div>
    </form>
  );
}

/** One school: profile, where it has been placed across the mergers, its DX sessions. */
export function SchoolPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useSchool(id);
  const [flash, dismissFlash] = useFlash();
  const [editing, setEditing] = useState(false);
  const yearLabel = (y: number) => t('schools.schoolYearValue', { from: y - 1, to: y });
  const columns: Column<Session>[] = [
    { key: 'date', header: t('schools.sessions.col.date'), render: (x) => formatDate(x.heldOn) },
    { key: 'year', header: t('schools.sessions.col.year'), render: (x) => yearLabel(x.schoolYear) },
    { key: 'topic', header: t('schools.sessions.col.topic'), render: (x) => t(`schools.topic.${x.topic}`) },
    { key: 'title', header: t('schools.sessions.col.title'), primary: true, render: (x) => x.title },
    { key: 'classes', header: t('schools.sessions.col.classes'), className: 'cell-num', render: (x) => formatNumber(x.classes) },
    { key: 'students', header: t('schools.sessions.col.students'), className: 'cell-num', render: (x) => formatNumber(x.students) },
  ];
  return (
    <div className="page">
      <QueryState query={query}>
        {(s) => (
          <>
            <PageHeader
              title={s.name}
              subtitle={`${t(`schools.level.${s.level}`)} · ${t(`schools.ownership.${s.ownership}`)} · ${s.communeName ?? ''}`}
              actions={<ButtonLink to="/schools">{t('schools.back')}</ButtonLink>}
            />
            {flash ? (
              <Alert tone="success">
                <p>{t(flash)}</p>
                <Button size="sm" variant="ghost" onClick={dismissFlash}>
                  {t('common.close')}
                </Button>
              </Alert>
            ) : null}
            <section className="card" aria-labelledby="profile-title">
              <h2 id="profile-title" className="section-title">
                {t('schools.profile')}
                {s.isDemo ? (
                  <>
                    {' '}
                    <Badge>{t('schools.demo')}</Badge>
                  </>
                ) : null}
              </h2>
              {editing ? (
                <ProfileForm key={s.lockVersion} school={s} onDone={() => setEditing(false)} />
              ) : (
                <>
                  <dl className="details">
                    <dt>{t('schools.form.club')}</dt>
                    <dd>{s.hasDxClub ? (s.clubNote ?? '✓') : '—'}</dd>
                    <dt>{t('schools.form.playground')}</dt>
                    <dd>{s.hasSciencePlayground ? '✓' : '—'}</dd>
                    <dt>{t('schools.form.teachers')}</dt>
                    <dd>{formatNumber(s.teachersTrained)}</dd>
                    <dt>{t('schools.form.students')}</dt>
                    <dd>{s.students === null ? '—' : formatNumber(s.students)}</dd>
                    <dt>{t('schools.placements')}</dt>
                    <dd>
                      <ul className="schools-placements">
                        {s.placements.map((p, i) => (
                          <li key={i}>
                            {t('schools.placement', {
                              commune: p.communeName ?? '—',
                              from: p.validFrom ? formatDate(p.validFrom) : t('schools.placementStart'),
                              to: p.validTo ? formatDate(p.validTo) : t('schools.placementNow'),
                            })}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </dl>
                  {s.canEdit ? (
                    <div className="button-row">
                      <Button onClick={() => setEditing(true)}>{t('schools.editProfile')}</Button>
                    </div>
                  ) : null}
                </>
              )}
            </section>
            <section className="card" aria-labelledby="sessions-title">
              <h2 id="sessions-title" className="section-title">
                {t('schools.sessions.title')}
              </h2>
              {s.sessions.length === 0 ? (
                <EmptyState title={t('schools.sessions.empty')} />
              ) : (
                <Table caption={t('schools.sessions.caption')} columns={columns} rows={s.sessions} rowKey={(x) => x.id} />
              )}
              {s.canEdit ? <SessionForm schoolId={s.id} /> : null}
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
