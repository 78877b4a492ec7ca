import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { InspectionPlanView } from '@lantoa/contracts/inspections';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { formatDate } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useAddFinding, useAddRecommendation, useAddVisit, usePlan } from '../api.ts';
import { RecStatusBadge } from './shared.tsx';

export function PlanPage() {
  const { id = '' } = useParams();
  const query = usePlan(id);
  return <QueryState query={query}>{(plan) => <PlanView plan={plan} />}</QueryState>;
}

function PlanView({ plan }: { plan: InspectionPlanView }) {
  const t = useT();
  return (
    <div className="page">
      <PageHeader
        title={plan.title}
        subtitle={t('insp.plan.subtitle', { year: plan.year, lead: plan.leadUnitName ?? '' })}
        actions={plan.canManage ? <ButtonLink to={`/inspections/plans/${plan.id}/edit`}>{t('common.edit')}</ButtonLink> : null}
      >
        <Link to="/inspections">{t('insp.back')}</Link>
      </PageHeader>
      <section className="card">
        <dl className="insp-facts">
          <dt>{t('insp.col.period')}</dt><dd>{formatDate(plan.periodStart)} – {formatDate(plan.periodEnd)}</dd>
          <dt>{t('insp.plan.lead')}</dt><dd>{plan.leadUnitName}</dd>
          <dt>{t('insp.plan.units')}</dt><dd>{plan.units.map((u) => u.name).join('; ')}</dd>
          {plan.members ? <><dt>{t('insp.plan.members')}</dt><dd className="insp-pre">{plan.members}</dd></> : null}
          {plan.scopeNote ? <><dt>{t('insp.plan.scope')}</dt><dd className="insp-pre">{plan.scopeNote}</dd></> : null}
        </dl>
      </section>
      <section className="card insp-stack" aria-labelledby="insp-visits">
        <h2 className="section-title" id="insp-visits">{t('insp.visits', { n: plan.visits.length })}</h2>
        {plan.visits.length === 0 ? <p className="muted">{t('insp.visits.empty')}</p> : null}
        {plan.visits.map((v) => (
          <article key={v.id} className="insp-visit" aria-label={t('insp.visit.label', { unit: v.unitName ?? '', date: formatDate(v.visitDate) })}>
            <h3>{v.unitName} — {formatDate(v.visitDate)}</h3>
            <p className="muted">{t('insp.visit.inspectors')}: {v.inspectors}</p>
            {v.summary ? <p className="insp-pre">{v.summary}</p> : null}
            {v.findings.map((f) => (
              <div key={f.id} className="insp-finding">
                <p><strong>{t('insp.finding')}:</strong> {f.content}</p>
                <ul className="insp-recs">
                  {f.recommendations.map((r) => (
                    <li key={r.id}>
                      <Link to={`/inspections/recommendations/${r.id}`}>{r.content}</Link>
                      <span className="muted">{r.responsibleUnitName} · {t('insp.deadline')} {formatDate(r.deadline)}</span>
                      <RecStatusBadge status={r.displayStatus} />
                    </li>
                  ))}
                </ul>
                {plan.canManage ? <AddRecommendation findingId={f.id} /> : null}
              </div>
            ))}
            {plan.canManage ? <AddFinding visitId={v.id} /> : null}
          </article>
        ))}
        {plan.canManage ? <AddVisit plan={plan} /> : null}
      </section>
    </div>
  );
}

function AddVisit({ plan }: { plan: InspectionPlanView }) {
  const t = useT();
  const add = useAddVisit(plan.id);
  const [unitId, setUnitId] = useState('');
  const [visitDate, setVisitDate] = useState('');
  const [inspectors, setInspectors] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!unitId) local.unitId = t('insp.v.unit');
    if (!visitDate) local.visitDate = t('insp.v.date');
    if (!inspectors.trim()) local.inspectors = t('insp.v.inspectors');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await add.mutateAsync({ unitId, visitDate, inspectors: inspectors.trim(), summary: null });
      setUnitId(''); setVisitDate(''); setInspectors('');
    } catch (err) {
      setErrors(serverFieldErrors(err));
    }
  }
  return (
    <form className="insp-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('insp.visit.add')}>
      <SelectField label={t('insp.visit.unit')} required value={unitId} placeholder={t('common.choose')} error={errors.unitId} options={plan.units.map((u) => ({ value: u.id, label: u.name ?? u.id }))} onChange={(e) => setUnitId(e.target.value)} />
      <TextField label={t('insp.visit.date')} type="date" required value={visitDate} error={errors.visitDate} onChange={(e) => setVisitDate(e.target.value)} />
      <TextField label={t('insp.visit.inspectors')} required value={inspectors} error={errors.inspectors} onChange={(e) => setInspectors(e.target.value)} />
      <Button type="submit" busy={add.isPending}>{t('insp.visit.add')}</Button>
      {add.error && !Object.keys(errors).length ? <ErrorAlert error={add.error} /> : null}
    </form>
  );
}

function AddFinding({ visitId }: { visitId: string }) {
  const t = useT();
  const add = useAddFinding();
  const [content, setContent] = useState('');
  const [error, setError] = useState<string | undefined>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!content.trim()) return setError(t('insp.v.finding'));
    setError(undefined);
    try {
      await add.mutateAsync({ visitId, content: content.trim() });
      setContent('');
    } catch (err) {
      setError(serverFieldErrors(err).content);
    }
  }
  return (
    <form className="insp-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('insp.finding.add')}>
      <TextAreaField label={t('insp.finding.new')} rows={2} value={content} error={error} onChange={(e) => setContent(e.target.value)} />
      <Button type="submit" busy={add.isPending}>{t('insp.finding.add')}</Button>
      {add.error && !error ? <ErrorAlert error={add.error} /> : null}
    </form>
  );
}

function AddRecommendation({ findingId }: { findingId: string }) {
  const t = useT();
  const add = useAddRecommendation();
  const [content, setContent] = useState('');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!content.trim()) local.content = t('insp.v.rec');
    if (!unit) local.responsibleUnitId = t('insp.v.unit');
    if (!deadline) local.deadline = t('insp.v.date');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await add.mutateAsync({ findingId, content: content.trim(), responsibleUnitId: unit!.id, deadline });
      setContent(''); setUnit(null); setDeadline('');
    } catch (err) {
      setErrors(serverFieldErrors(err));
    }
  }
  return (
    <form className="insp-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('insp.rec.add')}>
      <TextField label={t('insp.rec.new')} value={content} error={errors.content} onChange={(e) => setContent(e.target.value)} />
      <UnitPicker label={t('insp.rec.unit')} value={unit} error={errors.responsibleUnitId} onChange={setUnit} />
      <TextField label={t('insp.deadline')} type="date" value={deadline} error={errors.deadline} onChange={(e) => setDeadline(e.target.value)} />
      <Button type="submit" busy={add.isPending}>{t('insp.rec.add')}</Button>
      {add.error && !Object.keys(errors).length ? <ErrorAlert error={add.error} /> : null}
    </form>
  );
}
