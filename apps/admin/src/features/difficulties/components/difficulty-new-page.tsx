import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DIFFICULTY_SEVERITIES } from '@lantoa/contracts/difficulties';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateDifficulty } from '../api/difficulties.ts';

const TASK_AREAS = Array.from({ length: 11 }, (_, i) => i + 1);

/** A unit reports a difficulty to the standing agency. */
export function DifficultyNewPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateDifficulty();
  const units = [...new Map((me.permissions.includes('difficulty:report') ? me.roles : []).map((r) => [r.unitId, r.unitName])).entries()];
  const [v, setV] = useState({ unitId: units[0]?.[0] ?? '', taskArea: '', severity: '', title: '', description: '', proposedSolution: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof v, value: string) => {
    setV((o) => ({ ...o, [k]: value }));
    setErrors((o) => ({ ...o, [k]: '' }));
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const pick = (label: string) => t('difficulties.field.pick', { label: label.toLowerCase() });
    const need = (label: string) => t('difficulties.field.required', { label: label.toLowerCase() });
    if (!v.unitId) found.unitId = pick(t('difficulties.field.unit'));
    if (!v.taskArea) found.taskArea = pick(t('difficulties.field.taskArea'));
    if (!v.severity) found.severity = pick(t('difficulties.field.severity'));
    if (!v.title.trim()) found.title = need(t('difficulties.field.title'));
    if (!v.description.trim()) found.description = need(t('difficulties.field.description'));
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      {
        unitId: v.unitId, taskAreaNumber: Number(v.taskArea), severity: v.severity as (typeof DIFFICULTY_SEVERITIES)[number], title: v.title.trim(),
        description: v.description.trim(), proposedSolution: v.proposedSolution.trim() || null,
      },
      {
        onSuccess: (d) => void navigate(`/difficulties/${d.id}`, { state: { flash: t('difficulties.created') } }),
        onError: (err) => {
          const issues = isApiError(err) ? ((err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? []) : [];
          if (issues.length) setErrors(Object.fromEntries(issues.map((i) => [i.path === 'taskAreaNumber' ? 'taskArea' : i.path, i.message])));
        },
      },
    );
  }

  return (
    <div className="page">
      <PageHeader title={t('difficulties.new')}>
        <nav aria-label={t('difficulties.title')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/difficulties">{t('difficulties.title')}</Link>
            </li>
            <li aria-current="page">{t('difficulties.new')}</li>
          </ol>
        </nav>
      </PageHeader>
      <form className="card form difficulty-form" onSubmit={submit} noValidate>
        <SelectField label={t('difficulties.field.unit')} required value={v.unitId} options={units.map(([id, name]) => ({ value: id, label: name }))} error={errors.unitId || undefined} onChange={(e) => set('unitId', e.target.value)} />
        <SelectField
          label={t('difficulties.field.taskArea')}
          required
          value={v.taskArea}
          placeholder="—"
          options={TASK_AREAS.map((n) => ({ value: String(n), label: t('difficulties.taskArea', { n }) }))}
          error={errors.taskArea || undefined}
          onChange={(e) => set('taskArea', e.target.value)}
        />
        <SelectField
          label={t('difficulties.field.severity')}
          required
          value={v.severity}
          placeholder="—"
          options={DIFFICULTY_SEVERITIES.map((s) => ({ value: s, label: t(`difficulties.severity.${s}`) }))}
          error={errors.severity || undefined}
          onChange={(e) => set('severity', e.target.value)}
        />
        <TextField label={t('difficulties.field.title')} required maxLength={300} value={v.title} error={errors.title || undefined} onChange={(e) => set('title', e.target.value)} />
        <TextAreaField label={t('difficulties.field.description')} required rows={5} maxLength={4000} value={v.description} error={errors.description || undefined} onChange={(e) => set('description', e.target.value)} />
        <TextAreaField label={t('difficulties.field.proposedSolution')} rows={3} maxLength={4000} value={v.proposedSolution} error={errors.proposedSolution || undefined} onChange={(e) => set('proposedSolution', e.target.value)} />
        {create.error && !Object.values(errors).some(Boolean) ? <ErrorAlert error={create.error} /> : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('difficulties.submitNew')}
          </Button>
        </div>
      </form>
    </div>
  );
}
