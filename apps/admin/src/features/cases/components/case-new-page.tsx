import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { CASE_PLATFORMS } from '@lantoa/contracts/cases';
import type { StoredFileView } from '@lantoa/contracts/files';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Field, SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { apiFetch, isApiError } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateCase } from '../api/create-case.ts';

const LINK = /^https?:\/\/[^\s]+\.[^\s]+$/i;

/** A unit takes a report it received (by phone, at the desk, seen by its own staff). */
export function CaseNewPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateCase();
  const units = [...new Map((me.permissions.includes('case:intake') ? me.roles : []).map((r) => [r.unitId, r.unitName])).entries()];
  const [unitId, setUnitId] = useState(units[0]?.[0] ?? '');
  const [link, setLink] = useState('');
  const [platform, setPlatform] = useState('');
  const [description, setDescription] = useState('');
  const [contact, setContact] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!unitId) found.intakeUnitId = t('cases.field.pick', { label: t('cases.new.unit').toLowerCase() });
    if (!LINK.test(link.trim())) found.link = t('cases.new.linkInvalid');
    if (!platform) found.platform = t('cases.field.pick', { label: t('cases.new.platform').toLowerCase() });
    if (!description.trim()) found.description = t('cases.field.required', { label: t('cases.new.description').toLowerCase() });
    setErrors(found);
    if (Object.keys(found).length) return;
    let screenshotFileId: string | null = null;
    if (file) {
      setUploading(true);
      setUploadError(null);
      try {
        const form = new FormData();
        form.append('file', file);
        screenshotFileId = (await apiFetch<StoredFileView>('/files', { method: 'POST', body: form })).id;
      } catch (err) {
        setUploadError(err);
        return;
      } finally {
        setUploading(false);
      }
    }
    create.mutate(
      { intakeUnitId: unitId, link: link.trim(), platform: platform as (typeof CASE_PLATFORMS)[number], description: description.trim(), contact: contact.trim() || null, screenshotFileId },
      {
        onSuccess: (c) => void navigate(`/cases/${c.id}`, { state: { flash: t('cases.new.created', { code: c.code }) } }),
        onError: (err) => {
          const issues = isApiError(err) ? ((err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? []) : [];
          if (issues.length) setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
        },
      },
    );
  }

  return (
    <div className="page">
      <PageHeader title={t('cases.new.title')}>
        <nav aria-label={t('cases.tabs.label')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/cases">{t('cases.list.title')}</Link>
            </li>
            <li aria-current="page">{t('cases.new')}</li>
          </ol>
        </nav>
      </PageHeader>
      <form className="card form case-new-form" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField label={t('cases.new.unit')} required value={unitId} options={units.map(([id, name]) => ({ value: id, label: name }))} error={errors.intakeUnitId} onChange={(e) => setUnitId(e.target.value)} />
        <TextField label={t('cases.new.link')} required type="url" inputMode="url" maxLength={2000} value={link} error={errors.link} onChange={(e) => setLink(e.target.value)} placeholder="https://…" />
        <SelectField
          label={t('cases.new.platform')}
          required
          value={platform}
          placeholder="—"
          options={CASE_PLATFORMS.map((p) => ({ value: p, label: t(`cases.platform.${p}`) }))}
          error={errors.platform}
          onChange={(e) => setPlatform(e.target.value)}
        />
        <TextAreaField label={t('cases.new.description')} required rows={5} maxLength={4000} value={description} error={errors.description} onChange={(e) => setDescription(e.target.value)} />
        <TextField label={t('cases.new.contact')} maxLength={200} value={contact} error={errors.contact} onChange={(e) => setContact(e.target.value)} />
        <Field label={t('cases.new.screenshot')} error={errors.screenshotFileId}>
          {(control) => <input {...control} className="input" type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
        {uploadError ? <ErrorAlert error={uploadError} /> : null}
        {create.error && !Object.keys(errors).length ? <ErrorAlert error={create.error} /> : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={uploading || create.isPending}>
            {t('cases.new.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
