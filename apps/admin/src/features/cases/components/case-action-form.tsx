import { useState, type FormEvent } from 'react';
import { CASE_CATEGORIES, CASE_RESPONSE_KINDS, type CaseAction, type CaseView } from '@lantoa/contracts/cases';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useTransitionCase, type CaseTransitionInput } from '../api/transition-case.ts';

type Values = {
  category: string;
  verificationNote: string;
  unit: PickedUnit | null;
  responseKind: string;
  responseTitle: string;
  responseUrl: string;
  responseContentRef: string;
  referralDate: string;
  referralRef: string;
  outcome: string;
  comment: string;
};

const LINK = /^https?:\/\/[^\s]+\.[^\s]+$/i;

/** The fields one step records, checked here first (the server checks again). */
function validate(action: CaseAction, v: Values, t: (k: string, p?: Record<string, string>) => string): Record<string, string> {
  const e: Record<string, string> = {};
  const need = (key: keyof Values, label: string) => {
    const value = v[key];
    if (typeof value === 'string' ? !value.trim() : !value) e[key] = t('cases.field.required', { label: label.toLowerCase() });
  };
  if (action === 'triage' && !v.category) e.category = t('cases.field.pick', { label: t('cases.field.category').toLowerCase() });
  if (action === 'verify') need('verificationNote', t('cases.field.verificationNote'));
  if (action === 'assign' && !v.unit) e.unit = t('cases.field.pick', { label: t('cases.field.unit').toLowerCase() });
  if (action === 'respond') {
    if (!v.responseKind) e.responseKind = t('cases.field.pick', { label: t('cases.field.responseKind').toLowerCase() });
    need('responseTitle', t('cases.field.responseTitle'));
    if (v.responseUrl.trim() && !LINK.test(v.responseUrl.trim())) e.responseUrl = t('cases.new.linkInvalid');
    if (!v.responseUrl.trim() && !v.responseContentRef.trim()) e.responseUrl = t('cases.field.responseHint');
  }
  if (action === 'refer') {
    need('referralDate', t('cases.field.referralDate'));
    need('referralRef', t('cases.field.referralRef'));
  }
  if (action === 'close') need('outcome', t('cases.field.outcome'));
  if (action === 'dismiss') need('comment', t('cases.field.reason'));
  return e;
}

const EMPTY: Values = {
  category: '', verificationNote: '', unit: null, responseKind: 'correction', responseTitle: '', responseUrl: '', responseContentRef: '',
  referralDate: '', referralRef: '', outcome: '', comment: '',
};

/** One step of the case: the fields it records, a note, confirm or cancel. */
export function CaseActionForm({ item, action, onDone, onCancel }: { item: CaseView; action: CaseAction; onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const transition = useTransitionCase(item.id);
  const [v, setV] = useState<Values>({ ...EMPTY, category: item.category ?? '', referralDate: action === 'refer' ? todayIso() : '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(k: K, value: Values[K]) => {
    setV((old) => ({ ...old, [k]: value }));
    setErrors((old) => ({ ...old, [k]: '' }));
  };

  function submit(ev: FormEvent) {
    ev.preventDefault();
    const found = validate(action, v, t);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const body: CaseTransitionInput = { action, lockVersion: item.lockVersion, comment: v.comment.trim() || null };
    if (action === 'triage' || (action === 'verify' && v.category)) body.category = v.category as CaseTransitionInput['category'];
    if (action === 'verify') body.verificationNote = v.verificationNote.trim();
    if (action === 'assign') body.responsibleUnitId = v.unit!.id;
    if (action === 'respond') {
      body.responseKind = v.responseKind as CaseTransitionInput['responseKind'];
      body.responseTitle = v.responseTitle.trim();
      body.responseUrl = v.responseUrl.trim() || null;
      body.responseContentRef = v.responseContentRef.trim() || null;
    }
    if (action === 'refer') {
      body.referralDate = v.referralDate;
      body.referralRef = v.referralRef.trim();
    }
    if (action === 'close') body.outcome = v.outcome.trim();
    transition.mutate(body, {
      onSuccess: onDone,
      onError: (err) => {
        const issues = isApiError(err) ? ((err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? []) : [];
        if (issues.length) setErrors(Object.fromEntries(issues.map((i) => [i.path === 'responsibleUnitId' ? 'unit' : i.path, i.message])));
      },
    });
  }

  return (
    <form className="form case-action-form" onSubmit={submit} noValidate aria-label={t(`cases.action.${action}`)}>
      <h3>{t(`cases.action.${action}`)}</h3>
      {action === 'triage' || action === 'verify' ? (
        <SelectField
          label={t('cases.field.category')}
          required={action === 'triage'}
          value={v.category}
          placeholder="—"
          options={CASE_CATEGORIES.map((c) => ({ value: c, label: t(`cases.category.${c}`) }))}
          error={errors.category || undefined}
          onChange={(e) => set('category', e.target.value)}
        />
      ) : null}
      {action === 'verify' ? (
        <TextAreaField label={t('cases.field.verificationNote')} required rows={4} maxLength={4000} value={v.verificationNote} error={errors.verificationNote || undefined} onChange={(e) => set('verificationNote', e.target.value)} />
      ) : null}
      {action === 'assign' ? <UnitPicker label={t('cases.field.unit')} required value={v.unit} onChange={(u) => set('unit', u)} error={errors.unit || undefined} /> : null}
      {action === 'respond' ? (
        <>
          <SelectField
            label={t('cases.field.responseKind')}
            required
            value={v.responseKind}
            options={CASE_RESPONSE_KINDS.map((k) => ({ value: k, label: t(`cases.responseKind.${k}`) }))}
            error={errors.responseKind || undefined}
            onChange={(e) => set('responseKind', e.target.value)}
          />
          <TextField label={t('cases.field.responseTitle')} required maxLength={300} value={v.responseTitle} error={errors.responseTitle || undefined} onChange={(e) => set('responseTitle', e.target.value)} />
          <TextField label={t('cases.field.responseUrl')} type="url" inputMode="url" maxLength={2000} value={v.responseUrl} hint={t('cases.field.responseHint')} error={errors.responseUrl || undefined} onChange={(e) => set('responseUrl', e.target.value)} />
          <TextField label={t('cases.field.responseContentRef')} maxLength={200} value={v.responseContentRef} error={errors.responseContentRef || undefined} onChange={(e) => set('responseContentRef', e.target.value)} />
        </>
      ) : null}
      {action === 'refer' ? (
        <>
          <DatePicker label={t('cases.field.referralDate')} required value={v.referralDate} error={errors.referralDate || undefined} onChange={(iso) => set('referralDate', iso)} />
          <TextField label={t('cases.field.referralRef')} required maxLength={200} value={v.referralRef} error={errors.referralRef || undefined} onChange={(e) => set('referralRef', e.target.value)} />
        </>
      ) : null}
      {action === 'close' ? (
        <TextAreaField label={t('cases.field.outcome')} required rows={3} maxLength={2000} value={v.outcome} error={errors.outcome || undefined} onChange={(e) => set('outcome', e.target.value)} />
      ) : null}
      <TextAreaField
        label={t(action === 'dismiss' ? 'cases.field.reason' : 'cases.field.comment')}
        required={action === 'dismiss'}
        rows={2}
        maxLength={2000}
        value={v.comment}
        error={errors.comment || undefined}
        onChange={(e) => set('comment', e.target.value)}
      />
      {transition.error && !Object.values(errors).some(Boolean) ? <ErrorAlert error={transition.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant={action === 'dismiss' ? 'danger' : 'primary'} busy={transition.isPending}>
          {t('cases.action.submit')}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={transition.isPending}>
          {t('cases.action.cancel')}
        </Button>
      </div>
    </form>
  );
}
