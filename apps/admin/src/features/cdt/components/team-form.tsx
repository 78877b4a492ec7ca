import { useState, type FormEvent } from 'react';
import { CreateTeamBodySchema, MEMBER_ROLES, MIN_TEAM_MEMBERS, TEAM_STATUSES, UpdateTeamBodySchema, type TeamView } from '@lantoa/contracts/cdt';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { todayIso } from '../../../lib/format.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSaveTeam } from '../api/save-team.ts';

type MemberDraft = { key: number; fullName: string; phone: string; role: string; isYouthUnion: boolean; activeFrom: string; activeTo: string };
type Draft = {
  name: string;
  commune: PickedUnit | null;
  servedArea: string;
  status: string;
  establishedOn: string;
  contactName: string;
  contactPhone: string;
  note: string;
  members: MemberDraft[];
};

let nextKey = 1;
const emptyMember = (): MemberDraft => ({ key: nextKey++, fullName: '', phone: '', role: 'member', isYouthUnion: false, activeFrom: '', activeTo: '' });

function draftOf(team: TeamView | null): Draft {
  if (!team) return { name: '', commune: null, servedArea: '', status: 'active', establishedOn: '', contactName: '', contactPhone: '', note: '', members: [{ ...emptyMember(), role: 'leader' }] };
  return {
    name: team.name,
    commune: team.communeId ? { id: team.communeId, name: team.communeName ?? '' } : null,
    servedArea: team.servedArea,
    status: team.status,
    establishedOn: team.establishedOn ?? '',
    contactName: team.contactName ?? '',
    contactPhone: team.contactPhone ?? '',
    note: team.note ?? '',
    members: team.members.map((m) => ({ key: nextKey++, fullName: m.fullName, phone: m.phone ?? '', role: m.role, isYouthUnion: m.isYouthUnion, activeFrom: m.activeFrom ?? '', activeTo: m.activeTo ?? '' })),
  };
}

function bodyOf(d: Draft) {
  return {
    name: d.name,
    servedArea: d.servedArea,
    status: d.status,
    establishedOn: d.establishedOn || null,
    contactName: d.contactName || null,
    contactPhone: d.contactPhone || null,
    note: d.note || null,
    members: d.members.map((m) => ({ fullName: m.fullName, phone: m.phone || null, role: m.role, isYouthUnion: m.isYouthUnion, activeFrom: m.activeFrom || null, activeTo: m.activeTo || null })),
  };
}

/** Creates a team (team = null) or edits one, with its whole member list; fewer than 7 is only a warning. */
export function TeamForm({ team, onSaved, onCancel }: { team: TeamView | null; onSaved: (team: TeamView) => void; onCancel: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(team));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveTeam(team?.id ?? null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setMember = (key: number, patch: Partial<MemberDraft>) => setDraft((d) => ({ ...d, members: d.members.map((m) => (m.key === key ? { ...m, ...patch } : m)) }));
  const today = todayIso();
  const activeMembers = draft.members.filter((m) => m.fullName.trim() && (!m.activeTo || m.activeTo >= today)).length;

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = bodyOf(draft);
    const checked = team
      ? validate(UpdateTeamBodySchema, { ...body, lockVersion: team.lockVersion })
      : validate(CreateTeamBodySchema, { ...body, communeId: draft.commune?.id ?? '' });
    if (checked.errors) {
      setErrors(team || draft.commune ? checked.errors : { ...checked.errors, communeId: t('cdt.form.communeRequired') });
      return;
    }
    setErrors({});
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (err) => {
        setErrors(serverFieldErrors(err));
        if (isApiError(err, 'VERSION_CONFLICT') && team) setDraft(draftOf(team));
      },
    });
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form className="stack cdt-form" onSubmit={submit} noValidate aria-label={team ? t('cdt.form.editTitle') : t('cdt.form.newTitle')}>
      <fieldset className="fieldset">
        <legend>{t('cdt.form.general')}</legend>
        <div className="cdt-form-grid">
          {team ? null : (
            <UnitPicker label={t('cdt.form.commune')} required value={draft.commune} onChange={(u) => set({ commune: u })} error={errors.communeId} />
          )}
          <TextField label={t('cdt.form.name')} required value={draft.name} onChange={(e) => set({ name: e.target.value })} error={errors.name} />
          <TextField label={t('cdt.form.servedArea')} required value={draft.servedArea} onChange={(e) => set({ servedArea: e.target.value })} error={errors.servedArea} />
          <SelectField label={t('cdt.form.status')} value={draft.status} options={TEAM_STATUSES.map((s) => ({ value: s, label: t(`cdt.status.${s}`) }))} onChange={(e) => set({ status: e.target.value })} error={errors.status} />
          <DatePicker label={t('cdt.form.establishedOn')} value={draft.establishedOn} onChange={(v) => set({ establishedOn: v })} error={errors.establishedOn} />
          <TextField label={t('cdt.form.contactName')} value={draft.contactName} onChange={(e) => set({ contactName: e.target.value })} error={errors.contactName} />
          <TextField label={t('cdt.form.contactPhone')} type="tel" inputMode="tel" value={draft.contactPhone} onChange={(e) => set({ contactPhone: e.target.value })} error={errors.contactPhone} />
        </div>
        <TextAreaField label={t('cdt.form.note')} rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} error={errors.note} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('cdt.form.members', { count: draft.members.length })}</legend>
        <p className="field-hint">{t('cdt.form.membersHint')}</p>
        {activeMembers < MIN_TEAM_MEMBERS ? <Alert tone="warning">{t('cdt.form.belowWarning', { count: activeMembers })}</Alert> : null}
        {draft.members.length === 0 ? <p>{t('cdt.member.none')}</p> : null}
        {draft.members.map((m, i) => (
          <fieldset key={m.key} className="fieldset-inner cdt-member">
            <legend>{t('cdt.member.numbered', { n: i + 1 })}</legend>
            <div className="cdt-form-grid">
              <TextField label={t('cdt.member.fullName')} required value={m.fullName} onChange={(e) => setMember(m.key, { fullName: e.target.value })} error={errors[`members.${i}.fullName`]} />
              <TextField label={t('cdt.member.phone')} type="tel" inputMode="tel" value={m.phone} onChange={(e) => setMember(m.key, { phone: e.target.value })} error={errors[`members.${i}.phone`]} />
              <SelectField label={t('cdt.member.role')} value={m.role} options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`cdt.role.${r}`) }))} onChange={(e) => setMember(m.key, { role: e.target.value })} />
              <DatePicker label={t('cdt.member.activeFrom')} value={m.activeFrom} onChange={(v) => setMember(m.key, { activeFrom: v })} error={errors[`members.${i}.activeFrom`]} hint={null} />
              <DatePicker label={t('cdt.member.activeTo')} value={m.activeTo} onChange={(v) => setMember(m.key, { activeTo: v })} error={errors[`members.${i}.activeTo`]} hint={null} />
              <CheckboxField label={t('cdt.member.youthUnion')} checked={m.isYouthUnion} onChange={(e) => setMember(m.key, { isYouthUnion: e.target.checked })} />
            </div>
            <Button size="sm" variant="ghost" onClick={() => set({ members: draft.members.filter((x) => x.key !== m.key) })}>
              {t('cdt.member.remove', { n: i + 1 })}
            </Button>
          </fieldset>
        ))}
        {errors.members ? <p className="field-error">{errors.members}</p> : null}
        <Button size="sm" onClick={() => set({ members: [...draft.members, emptyMember()] })}>
          {t('cdt.member.add')}
        </Button>
      </fieldset>

      {errorCount > 0 ? <Alert tone="error">{t('cdt.fixErrors', { count: errorCount })}</Alert> : null}
      {save.error && !Object.keys(serverFieldErrors(save.error)).length ? (
        isApiError(save.error, 'VERSION_CONFLICT') ? <Alert tone="warning">{t('cdt.conflict')}</Alert> : <ErrorAlert error={save.error} />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('cdt.save')}
        </Button>
        <Button onClick={onCancel}>{t('cdt.cancel')}</Button>
      </div>
    </form>
  );
}
