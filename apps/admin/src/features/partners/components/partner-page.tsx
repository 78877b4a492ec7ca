import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { AgreementInputSchema, CONTRIBUTION_KINDS, ContributionInputSchema, type ContributionKind, type PartnerView } from '@lantoa/contracts/partners';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatVnd, parseVndInput } from '../../../lib/format.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { usePartner, usePartnerMutations } from '../api/partners-api.ts';

export function PartnerPage() {
  const { id = '' } = useParams();
  const query = usePartner(id);
  return <QueryState query={query}>{(p) => <PartnerDetail partner={p} />}</QueryState>;
}

function PartnerDetail({ partner: p }: { partner: PartnerView }) {
  const t = useT();
  const [flash, dismissFlash] = useFlash();
  const { remove } = usePartnerMutations(p.id);
  const none = <p className="muted">{t('partners.detail.none')}</p>;
  const removeButton = (kind: 'agreements' | 'contributions' | 'activities', itemId: string) =>
    p.canEdit ? <Button size="sm" variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate({ kind, itemId })}>{t('partners.detail.remove')}</Button> : null;
  return (
    <div className="page">
      <PageHeader title={p.name} subtitle={`${t(`partners.kind.${p.kind}`)} · ${p.isInternational ? t('partners.scope.international') : t('partners.scope.domestic')}${p.country ? ` · ${p.country}` : ''}`} actions={<ButtonLink to="/partners">{t('partners.detail.back')}</ButtonLink>} />
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>{t('common.close')}</Button>
        </Alert>
      ) : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      <section className="card" aria-labelledby="p-agreements">
        <h2 id="p-agreements">{t('partners.detail.agreements')}</h2>
        {p.agreements.length === 0 ? none : (
          <ul className="partner-items">
            {p.agreements.map((a) => (
              <li key={a.id}>
                <strong>{t('partners.agreement.line', { number: a.number, date: formatDate(a.signedOn), unit: a.unitName })}</strong>
                {a.validUntil ? <span className="muted"> · {t('partners.agreement.validUntil')} {formatDate(a.validUntil)}</span> : null}
                <div className="small">{a.scope}</div>
                {removeButton('agreements', a.id)}
              </li>
            ))}
          </ul>
        )}
        {p.canEdit ? <AgreementForm id={p.id} /> : null}
      </section>
      <section className="card" aria-labelledby="p-contributions">
        <h2 id="p-contributions">{t('partners.detail.contributions')}</h2>
        <p className="strong">{t('partners.detail.total', { amount: formatVnd(p.contributedVnd) })}</p>
        {p.contributions.length === 0 ? none : (
          <ul className="partner-items">
            {p.contributions.map((c) => (
              <li key={c.id}>
                <strong>{formatVnd(c.valueVnd)}</strong> · {t(`partners.contributionKind.${c.kind}`)} · {formatDate(c.receivedOn)} · {c.unitName}
                <div className="small">{c.description}</div>
                {c.eventId ? <div className="small"><Link to={`/events/${c.eventId}`}>{t('partners.contribution.event', { title: c.eventTitle ?? '' })}</Link></div> : null}
                {c.modelId ? <div className="small"><Link to={`/models/${c.modelId}`}>{t('partners.contribution.model', { title: c.modelTitle ?? '' })}</Link></div> : null}
                {removeButton('contributions', c.id)}
              </li>
            ))}
          </ul>
        )}
        {p.canEdit ? <ContributionForm id={p.id} /> : null}
      </section>
      <section className="card" aria-labelledby="p-activities">
        <h2 id="p-activities">{t('partners.detail.activities')}</h2>
        {p.activities.length === 0 ? none : (
          <ul className="partner-items">
            {p.activities.map((a) => (
              <li key={a.id}>
                <Link to={a.eventId ? `/events/${a.eventId}` : `/models/${a.modelId}`}>{a.title}</Link>
                {a.role ? <span className="muted"> · {a.role}</span> : null}
                {removeButton('activities', a.id)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function AgreementForm({ id }: { id: string }) {
  const t = useT();
  const { addAgreement } = usePartnerMutations(id);
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [number, setNumber] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [scope, setScope] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(AgreementInputSchema, { unitId: unit?.id ?? '', number, signedOn, validUntil: validUntil || null, scope });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    addAgreement.mutate(checked.data, { onSuccess: () => { setNumber(''); setSignedOn(''); setValidUntil(''); setScope(''); }, onError: (err) => setErrors(serverFieldErrors(err)) });
  }
  return (
    <form className="form partner-form" onSubmit={submit} noValidate>
      <h3>{t('partners.agreement.add')}</h3>
      <UnitPicker label={t('partners.agreement.unit')} required value={unit} onChange={setUnit} error={errors.unitId} />
      <div className="form-row">
        <TextField label={t('partners.agreement.number')} required value={number} onChange={(e) => setNumber(e.target.value)} error={errors.number} />
        <DatePicker label={t('partners.agreement.signedOn')} required value={signedOn} onChange={setSignedOn} error={errors.signedOn} />
        <DatePicker label={t('partners.agreement.validUntil')} value={validUntil} onChange={setValidUntil} error={errors.validUntil} />
      </div>
      <TextField label={t('partners.agreement.scope')} required value={scope} onChange={(e) => setScope(e.target.value)} error={errors.scope} />
      <Button type="submit" disabled={addAgreement.isPending}>{t('partners.agreement.add')}</Button>
      {addAgreement.error && !Object.keys(errors).length ? <ErrorAlert error={addAgreement.error} /> : null}
    </form>
  );
}

function ContributionForm({ id }: { id: string }) {
  const t = useT();
  const { addContribution } = usePartnerMutations(id);
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [kind, setKind] = useState<ContributionKind | ''>('');
  const [value, setValue] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ContributionInputSchema, { unitId: unit?.id ?? '', kind, valueVnd: parseVndInput(value) ?? undefined, receivedOn, description, eventId: null, modelId: null });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    addContribution.mutate(checked.data, { onSuccess: () => { setValue(''); setReceivedOn(''); setDescription(''); }, onError: (err) => setErrors(serverFieldErrors(err)) });
  }
  return (
    <form className="form partner-form" onSubmit={submit} noValidate>
      <h3>{t('partners.contribution.add')}</h3>
      <UnitPicker label={t('partners.contribution.unit')} required value={unit} onChange={setUnit} error={errors.unitId} />
      <div className="form-row">
        <SelectField label={t('partners.contribution.kind')} required value={kind} placeholder="" options={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`partners.contributionKind.${k}`) }))} onChange={(e) => setKind(e.target.value as ContributionKind | '')} error={errors.kind} />
        <TextField label={t('partners.contribution.value')} required inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} error={errors.valueVnd} />
        <DatePicker label={t('partners.contribution.receivedOn')} required value={receivedOn} onChange={setReceivedOn} error={errors.receivedOn} />
      </div>
      <TextField label={t('partners.contribution.description')} required value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} />
      <Button type="submit" disabled={addContribution.isPending}>{t('partners.contribution.add')}</Button>
      {addContribution.error && !Object.keys(errors).length ? <ErrorAlert error={addContribution.error} /> : null}
    </form>
  );
}
