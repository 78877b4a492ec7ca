import { OWNERSHIPS, SCHOOL_LEVELS } from '@lantoa/contracts/schools';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';

export type ProfileDraft = {
  level: string;
  ownership: string;
  hasDxClub: boolean;
  clubNote: string;
  hasSciencePlayground: boolean;
  teachersTrained: string;
  students: string;
};

/** '' → null, "12" → 12, anything else stays text so that the schema refuses it with its message. */
export function countValue(text: string): number | string | null {
  const s = text.trim();
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** The profile fields the register keeps for a school (shared by the new-school and edit forms). */
export function SchoolProfileFields({ draft, onChange, errors }: { draft: ProfileDraft; onChange: (d: ProfileDraft) => void; errors: FieldErrors }) {
  const t = useT();
  const set = (patch: Partial<ProfileDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <div className="form-row">
        <SelectField
          label={t('schools.form.level')}
          required
          value={draft.level}
          placeholder="—"
          options={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`schools.level.${l}`) }))}
          onChange={(e) => set({ level: e.target.value })}
          error={errors.level}
        />
        <SelectField
          label={t('schools.form.ownership')}
          required
          value={draft.ownership}
          options={OWNERSHIPS.map((o) => ({ value: o, label: t(`schools.ownership.${o}`) }))}
          onChange={(e) => set({ ownership: e.target.value })}
          error={errors.ownership}
        />
      </div>
      <CheckboxField label={t('schools.form.club')} checked={draft.hasDxClub} onChange={(e) => set({ hasDxClub: e.target.checked })} />
      {draft.hasDxClub ? <TextField label={t('schools.form.clubNote')} value={draft.clubNote} onChange={(e) => set({ clubNote: e.target.value })} error={errors.clubNote} /> : null}
      <CheckboxField label={t('schools.form.playground')} checked={draft.hasSciencePlayground} onChange={(e) => set({ hasSciencePlayground: e.target.checked })} />
      <div className="form-row">
        <TextField label={t('schools.form.teachers')} inputMode="numeric" value={draft.teachersTrained} onChange={(e) => set({ teachersTrained: e.target.value })} error={errors.teachersTrained} />
        <TextField label={t('schools.form.students')} inputMode="numeric" value={draft.students} onChange={(e) => set({ students: e.target.value })} error={errors.students} />
      </div>
    </>
  );
}
