import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { InspectionPlanView } from '@lantoa/contracts/inspections';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { usePlan, useSavePlan } from '../api.ts';

export function PlanNewPage() {
  return <PlanForm plan={null} />;
}

export function PlanEditPage() {
  const { id = '' } = useParams();
  const query = usePlan(id);
  return <QueryState query={query}>{(plan) => <PlanForm plan={plan} />}</QueryState>;
}

function PlanForm({ plan }: { plan: InspectionPlanView | null }) {
  const t = useT();
  const navigate = useNavigate();
  const save = useSavePlan(plan?.id ?? null);
  const year0 = new Date().getFullYear();
  const [year, setYear] = useState(String(plan?.year ?? year0));
  const [title, setTitle] = useState(plan?.title ?? '');
  const [scopeNote, setScopeNote] = useState(plan?.scopeNote ?? '');
  const [members, setMembers] = useState(plan?.members ?? '');
  const [periodStart, setPeriodStart] = useState(plan?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(plan?.periodEnd ?? '');
  const [lead, setLead] = useState<PickedUnit | null>(plan ? { id: plan.leadUnitId, name: plan.leadUnitName ?? '' } : null);
  const [units, setUnits] = useState<PickedUnit[]>(plan?.units.map((u) => ({ id: u.id, name: u.name ?? '' })) ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!title.trim()) local.title = t('insp.v.title');
    if (!/^\d{4}$/.test(year)) local.year = t('insp.v.year');
    if (!periodStart) local.periodStart = t('insp.v.date');
    if (!periodEnd) local.periodEnd = t('insp.v.date');
    else if (periodStart && periodEnd < periodStart) local.periodEnd = t('insp.v.endAfterStart');
    if (!lead) local.leadUnitId = t('insp.v.lead');
    if (units.length === 0) local.unitIds = t('insp.v.units');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const saved = await save.mutateAsync({
        year: Number(year), title: title.trim(), scopeNote: scopeNote.trim() || null, members: members.trim() || null, periodStart, periodEnd,
        leadUnitId: lead!.id, unitIds: units.map((u) => u.id), ...(plan ? { lockVersion: plan.lockVersion } : {}),
      });
      void navigate(`/inspections/plans/${saved.id}`);
    } catch (err) {
      setErrors(serverFieldErrors(err));
    }
  }

  return (
    <div className="page">
      <PageHeader title={plan ? t('insp.plan.edit') : t('insp.plan.create')} />
      <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert error={save.error} />
        <TextField label={t('insp.plan.title')} required value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
        <TextField label={t('insp.year')} required inputMode="numeric" value={year} error={errors.year} onChange={(e) => setYear(e.target.value)} />
        <TextField label={t('insp.plan.periodStart')} type="date" required value={periodStart} error={errors.periodStart} onChange={(e) => setPeriodStart(e.target.value)} />
        <TextField label={t('insp.plan.periodEnd')} type="date" required value={periodEnd} error={errors.periodEnd} onChange={(e) => setPeriodEnd(e.target.value)} />
        <UnitPicker label={t('insp.plan.lead')} required value={lead} error={errors.leadUnitId} onChange={setLead} />
        <div className="field">
          <UnitPicker label={t('insp.plan.addUnit')} value={null} error={errors.unitIds} onChange={(u) => u && !units.some((x) => x.id === u.id) && setUnits([...units, u])} />
          <ul className="insp-recs" aria-label={t('insp.plan.units')}>
            {units.map((u) => (
              <li key={u.id}>
                {u.name}
                <Button size="sm" variant="ghost" onClick={() => setUnits(units.filter((x) => x.id !== u.id))} aria-label={t('insp.plan.removeUnit', { name: u.name })}>{t('common.remove')}</Button>
              </li>
            ))}
          </ul>
        </div>
        <TextAreaField label={t('insp.plan.scope')} value={scopeNote} error={errors.scopeNote} onChange={(e) => setScopeNote(e.target.value)} />
        <TextAreaField label={t('insp.plan.members')} value={members} error={errors.members} onChange={(e) => setMembers(e.target.value)} />
        <div className="insp-actions">
          <Button type="submit" variant="primary" busy={save.isPending}>{t('common.save')}</Button>
          <ButtonLink to={plan ? `/inspections/plans/${plan.id}` : '/inspections'}>{t('common.cancel')}</ButtonLink>
        </div>
      </form>
    </div>
  );
}
