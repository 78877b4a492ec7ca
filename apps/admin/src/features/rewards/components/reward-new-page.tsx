import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { REWARD_KINDS, type EvidenceKind } from '@lantoa/contracts/rewards';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateReward, useEvidenceOptions } from '../api/rewards.ts';

/** A proposal whose achievements point at what the platform holds for the unit and year. */
export function RewardNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateReward();
  const [kind, setKind] = useState<string>('collective');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [nominee, setNominee] = useState('');
  const [award, setAward] = useState('');
  const [achievements, setAchievements] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = useEvidenceOptions(unit?.id, Number(year) || 0);

  function submit(e: FormEvent) {
    e.preventDefault();
    const need = (label: string) => t('rewards.field.required', { label: label.toLowerCase() });
    const found: Record<string, string> = {};
    if (!unit) found.unit = need(t('rewards.field.unit'));
    if (!nominee.trim()) found.nominee = need(t('rewards.field.nominee'));
    if (!award.trim()) found.award = need(t('rewards.field.award'));
    if (!achievements.trim()) found.achievements = need(t('rewards.field.achievements'));
    if (!/^\d{4}$/.test(year)) found.year = need(t('rewards.field.year'));
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      {
        kind: kind as (typeof REWARD_KINDS)[number], unitId: unit!.id, nominee: nominee.trim(), award: award.trim(), year: Number(year), achievements: achievements.trim(),
        evidence: picked.map((key) => {
          const [k, ...rest] = key.split(':');
          return { kind: k as EvidenceKind, ref: rest.join(':') };
        }),
      },
      { onSuccess: (r) => void navigate(`/rewards/${r.id}`) },
    );
  }

  return (
    <div className="page">
      <PageHeader title={t('rewards.new')}>
        <nav aria-label={t('rewards.title')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/rewards">{t('rewards.title')}</Link>
            </li>
            <li aria-current="page">{t('rewards.new')}</li>
          </ol>
        </nav>
      </PageHeader>
      <form className="card form" onSubmit={submit} noValidate>
        <SelectField label={t('rewards.field.kind')} required value={kind} options={REWARD_KINDS.map((k) => ({ value: k, label: t(`rewards.kind.${k}`) }))} onChange={(e) => setKind(e.target.value)} />
        <UnitPicker label={t('rewards.field.unit')} required value={unit} onChange={(u) => { setUnit(u); setPicked([]); }} error={errors.unit} />
        <TextField label={t('rewards.field.year')} required inputMode="numeric" maxLength={4} value={year} error={errors.year} onChange={(e) => { setYear(e.target.value); setPicked([]); }} />
        <TextField label={t('rewards.field.nominee')} required maxLength={300} value={nominee} error={errors.nominee} onChange={(e) => setNominee(e.target.value)} />
        <TextField label={t('rewards.field.award')} required maxLength={300} value={award} error={errors.award} onChange={(e) => setAward(e.target.value)} />
        <TextAreaField label={t('rewards.field.achievements')} required rows={4} maxLength={8000} value={achievements} error={errors.achievements} onChange={(e) => setAchievements(e.target.value)} />
        <fieldset className="reward-options">
          <legend className="field-label">{t('rewards.field.evidence')}</legend>
          {!unit ? <p className="muted">{t('rewards.field.pickUnit')}</p> : null}
          {unit && options.data?.items.length === 0 ? <p className="muted">{t('rewards.field.noEvidence')}</p> : null}
          {options.data?.items.map((o) => {
            const key = `${o.kind}:${o.ref}`;
            return (
              <label key={key} className="reward-option">
                <input type="checkbox" checked={picked.includes(key)} onChange={(e) => setPicked(e.target.checked ? [...picked, key] : picked.filter((x) => x !== key))} />
                <span>
                  <span className="muted">{t(`rewards.evidence.${o.kind}`)}:</span> {o.label}
                </span>
              </label>
            );
          })}
        </fieldset>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('rewards.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
