import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  PARTICIPANT_KINDS,
  type ClassView,
  type ParticipantInput,
  type ParticipantKind,
} from '@lantoa/contracts/trainings';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { API_BASE, isApiError } from '../../../lib/api-client.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useClass } from '../api/get-class.ts';
import { useDeleteClass } from '../api/delete-class.ts';
import { useSaveParticipants } from '../api/save-participants.ts';
import { ClassWhere } from './class-where.tsx';

type Participant = ClassView['participants'][number];

const toInput = (p: Participant): ParticipantInput => ({
  fullName: p.fullName,
  unitId: p.unitId,
  participantKind: p.participantKind,
  cdtTeamUnitId: p.cdtTeamUnitId,
  attended: p.attended,
  completed: p.completed,
});

/** /trainings/:id — the class, and its participants with attendance and completion ticked in place. */
export function ClassPage() {
  const { id = '' } = useParams();
  const query = useClass(id);
  return <QueryState query={query}>{(k) => <ClassDetail k={k} onReload={() => void query.refetch()} />}</QueryState>;
}

function ClassDetail({ k, onReload }: { k: ClassView; onReload: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [flash, dismissFlash] = useFlash();
  const save = useSaveParticipants(k.id);
  const remove = useDeleteClass();
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const conflict = isApiError(save.error, 'VERSION_CONFLICT');

  // The list being saved, set in the same event as the click: a controlled checkbox shows the new
  // tick at once (the mutation's own pending state only arrives on a later render).
  const [sending, setSending] = useState<ParticipantInput[] | null>(null);
  function saveList(list: ParticipantInput[], done?: string) {
    setNotice(null);
    setSending(list);
    save.mutate(
      { lockVersion: k.lockVersion, participants: list },
      {
        onSuccess: () => setNotice(done ?? t('trainings.participants.saved')),
        onSettled: () => setSending(null),
      },
    );
  }
  function tick(p: Participant, field: 'attended' | 'completed', value: boolean) {
    saveList(
      k.participants.map((x) => {
        if (x.id !== p.id) return toInput(x);
        // Completing implies attending; no longer attending means not completed either.
        if (field === 'completed') return { ...toInput(x), completed: value, attended: value ? true : x.attended };
        return { ...toInput(x), attended: value, completed: value ? x.completed : false };
      }),
    );
  }

  // While a tick is being saved the list shows it ticked, so the box does not spring back.
  const sent = sending ?? (save.isPending ? save.variables?.participants : undefined);
  const shown =
    sent && sent.length === k.participants.length
      ? k.participants.map((p, i) => ({ ...p, attended: sent[i]!.attended, completed: sent[i]!.completed }))
      : k.participants;
  const attended = k.participants.filter((p) => p.attended).length;
  const columns: Column<Participant>[] = [
    {
      key: 'name',
      header: t('trainings.participants.name'),
      primary: true,
      render: (p) => <span className="strong">{p.fullName}</span>,
    },
    { key: 'unit', header: t('trainings.participants.unit'), render: (p) => p.unitName ?? '—' },
    { key: 'kind', header: t('trainings.participants.kind'), render: (p) => t(`trainings.pkind.${p.participantKind}`) },
    { key: 'team', header: t('trainings.participants.team'), render: (p) => p.cdtTeamName ?? '—' },
    {
      key: 'attended',
      header: t('trainings.participants.attended'),
      render: (p) => (
        <input
          type="checkbox"
          className="trainings-tick"
          checked={p.attended}
          disabled={!k.canEdit || save.isPending}
          aria-label={t('trainings.participants.attendedOf', { name: p.fullName })}
          onChange={(e) => tick(p, 'attended', e.target.checked)}
        />
      ),
    },
    {
      key: 'completed',
      header: t('trainings.participants.completed'),
      render: (p) => (
        <input
          type="checkbox"
          className="trainings-tick"
          checked={p.completed}
          disabled={!k.canEdit || save.isPending}
          aria-label={t('trainings.participants.completedOf', { name: p.fullName })}
          onChange={(e) => tick(p, 'completed', e.target.checked)}
        />
      ),
    },
    {
      key: 'actions',
      header: t('trainings.participants.actions'),
      render: (p) => (
        <div className="button-row">
          {p.completed ? (
            <a
              className="btn btn-secondary btn-sm"
              href={`${API_BASE}/trainings/classes/${encodeURIComponent(k.id)}/participants/${encodeURIComponent(p.id)}/certificate`}
              download
              aria-label={t('trainings.participants.certificateOf', { name: p.fullName })}
            >
              {t('trainings.participants.certificate')}
            </a>
          ) : null}
          {k.canEdit ? (
            <Button
              size="sm"
              variant="ghost"
              disabled={save.isPending}
              aria-label={t('trainings.participants.removeOf', { name: p.fullName })}
              onClick={() => saveList(k.participants.filter((x) => x.id !== p.id).map(toInput))}
            >
              {t('trainings.participants.remove')}
            </Button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={k.title}
        subtitle={
          <Badge tone={k.kind === 'reporter_class' ? 'blue' : 'neutral'}>{t(`trainings.kind.${k.kind}`)}</Badge>
        }
        actions={
          k.canEdit ? (
            <>
              <ButtonLink to={`/trainings/${k.id}/edit`}>{t('trainings.detail.edit')}</ButtonLink>
              <Button variant="danger" onClick={() => setDeleting(true)}>
                {t('trainings.detail.delete')}
              </Button>
            </>
          ) : null
        }
      >
        <nav className="breadcrumbs" aria-label="breadcrumb">
          <Link to="/trainings">{t('trainings.detail.back')}</Link>
        </nav>
      </PageHeader>
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <section className="card">
        <dl className="details">
          <div className="details-row">
            <dt>{t('trainings.detail.course')}</dt>
            <dd>{k.courseTitle}</dd>
          </div>
          <div className="details-row">
            <dt>{t('trainings.detail.organiser')}</dt>
            <dd>{k.organiserUnitName}</dd>
          </div>
          <div className="details-row">
            <dt>{t('trainings.detail.dates')}</dt>
            <dd>{t('trainings.dates', { from: formatDate(k.startsOn), to: formatDate(k.endsOn) })}</dd>
          </div>
          <div className="details-row">
            <dt>{t('trainings.detail.where')}</dt>
            <dd>
              <ClassWhere isOnline={k.isOnline} place={k.place} />
            </dd>
          </div>
          <div className="details-row">
            <dt>{t('trainings.detail.trainers')}</dt>
            <dd className="trainings-pre">{k.trainers ?? t('trainings.detail.none')}</dd>
          </div>
          <div className="details-row">
            <dt>{t('trainings.detail.materials')}</dt>
            <dd className="trainings-pre">{k.materials ?? t('trainings.detail.none')}</dd>
          </div>
        </dl>
      </section>

      <section className="card stack" aria-labelledby="participants-title">
        <div className="section-head">
          <h2 className="section-title" id="participants-title">
            {t('trainings.participants.title', { count: formatNumber(k.participantCount) })}
          </h2>
          <p className="muted">
            {t('trainings.participants.summary', {
              attended: formatNumber(attended),
              completed: formatNumber(k.completedCount),
            })}
          </p>
        </div>
        <div className="trainings-participant-tools">
          <ExportButtons path={`/trainings/classes/${encodeURIComponent(k.id)}/participants/export`} query={{}} />
          {k.canEdit ? (
            <ButtonLink to={`/trainings/${k.id}/import`}>{t('trainings.participants.import')}</ButtonLink>
          ) : null}
        </div>
        <div aria-live="polite">
          {conflict ? (
            <div className="alert alert-error" role="alert">
              <p>{t('trainings.participants.conflict')}</p>
              <Button
                size="sm"
                onClick={() => {
                  save.reset();
                  onReload();
                }}
              >
                {t('trainings.participants.reload')}
              </Button>
            </div>
          ) : save.isError ? (
            <ErrorAlert error={save.error} />
          ) : save.isPending ? (
            <p className="muted">{t('trainings.participants.saving')}</p>
          ) : notice ? (
            <p className="muted">{notice}</p>
          ) : null}
        </div>
        {k.participants.length === 0 ? (
          <EmptyState title={t('trainings.participants.empty')} />
        ) : (
          <Table caption={t('trainings.participants.caption')} columns={columns} rows={shown} rowKey={(p) => p.id} />
        )}
        {k.canEdit ? (
          <AddParticipant
            busy={save.isPending}
            onAdd={(p) =>
              saveList([...k.participants.map(toInput), p], t('trainings.participants.added', { name: p.fullName }))
            }
          />
        ) : null}
      </section>

      <ConfirmDialog
        open={deleting}
        title={t('trainings.detail.deleteTitle')}
        confirmLabel={t('trainings.detail.delete')}
        tone="danger"
        busy={remove.isPending}
        onConfirm={() => remove.mutate(k.id, { onSuccess: () => void navigate('/trainings') })}
        onCancel={() => setDeleting(false)}
      >
        <p>{t('trainings.detail.deleteBody', { title: k.title, count: k.participantCount })}</p>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}

/** One participant at a time: name and kind required; unit and team chosen by search. */
function AddParticipant({ busy, onAdd }: { busy: boolean; onAdd: (p: ParticipantInput) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ParticipantKind | ''>('');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [team, setTeam] = useState<PickedUnit | null>(null);
  const [errors, setErrors] = useState<{ name?: string; kind?: string }>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = {
      name: name.trim() ? undefined : t('form.required'),
      kind: kind ? undefined : t('form.required'),
    };
    setErrors(next);
    if (next.name || next.kind || !kind) return;
    onAdd({
      fullName: name.trim(),
      participantKind: kind,
      unitId: unit?.id ?? null,
      cdtTeamUnitId: team?.id ?? null,
      attended: false,
      completed: false,
    });
    setName('');
    setUnit(null);
    setTeam(null);
  }

  return (
    <form className="trainings-add" onSubmit={submit} noValidate aria-label={t('trainings.participants.add')}>
      <h3 className="section-title">{t('trainings.participants.add')}</h3>
      <div className="trainings-add-grid">
        <TextField
          label={t('trainings.participants.name')}
          required
          value={name}
          error={errors.name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label={t('trainings.participants.kind')}
          required
          value={kind}
          placeholder={t('common.choose')}
          error={errors.kind}
          options={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`trainings.pkind.${k}`) }))}
          onChange={(e) => setKind(e.target.value as ParticipantKind | '')}
        />
        <UnitPicker label={t('trainings.participants.unit')} value={unit} onChange={setUnit} />
        <UnitPicker
          label={t('trainings.participants.team')}
          hint={t('trainings.participants.teamHint')}
          value={team}
          onChange={setTeam}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('trainings.participants.add')}
        </Button>
      </div>
    </form>
  );
}
