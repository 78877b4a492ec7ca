import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { PARTNER_KINDS, PartnerInputSchema, type PartnerKind } from '@lantoa/contracts/partners';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCreatePartner } from '../api/partners-api.ts';

export function PartnerNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreatePartner();
  const [f, setF] = useState({ name: '', kind: '' as PartnerKind | '', isInternational: false, country: '', contact: '', website: '', notes: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(PartnerInputSchema, { ...f, country: nullable(f.country), contact: nullable(f.contact), website: nullable(f.website), notes: nullable(f.notes) });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data, { onSuccess: (p) => void navigate(`/partners/${p.id}`, { state: { flash: 'partners.created' } }), onError: (err) => setErrors(serverFieldErrors(err)) });
  }
  return (
    <div className="page page-narrow">
      <PageHeader title={t('partners.form.newTitle')} />
      <form onSubmit={submit} noValidate className="form card">
        {create.error && !isApiError(create.error, 'VALIDATION_FAILED') ? <ErrorAlert error={create.error} /> : null}
        <TextField label={t('partners.form.name')} required value={f.name} onChange={(e) => set({ name: e.target.value })} error={errors.name} maxLength={300} />
        <SelectField label={t('partners.form.kind')} required value={f.kind} placeholder="" options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }))} onChange={(e) => set({ kind: e.target.value as PartnerKind | '' })} error={errors.kind} />
        <CheckboxField label={t('partners.form.international')} checked={f.isInternational} onChange={(e) => set({ isInternational: e.target.checked })} />
        <div className="form-row">
          <TextField label={t('partners.form.country')} value={f.country} onChange={(e) => set({ country: e.target.value })} error={errors.country} />
          <TextField label={t('partners.form.website')} type="url" inputMode="url" placeholder="https://" value={f.website} onChange={(e) => set({ website: e.target.value })} error={errors.website} />
        </div>
        <TextField label={t('partners.form.contact')} value={f.contact} onChange={(e) => set({ contact: e.target.value })} error={errors.contact} />
        <TextAreaField label={t('partners.form.notes')} value={f.notes} onChange={(e) => set({ notes: e.target.value })} error={errors.notes} />
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={create.isPending}>{t('partners.form.save')}</Button>
          <ButtonLink to="/partners">{t('partners.form.cancel')}</ButtonLink>
        </div>
      </form>
    </div>
  );
}
