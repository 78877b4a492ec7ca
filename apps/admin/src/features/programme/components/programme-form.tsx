import { useState, type FormEvent } from 'react';
import {
  CreateProgrammeBodySchema,
  PROGRAMME_STATUSES,
  UpdateProgrammeBodySchema,
  type CreateProgrammeBody,
  type Programme,
  type ProgrammeStatus,
  type UpdateProgrammeBody,
} from '@lantoa/contracts/programme';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';

type Props =
  | {
      mode: 'create';
      programme?: undefined;
      busy: boolean;
      error: unknown;
      onSubmit: (body: CreateProgrammeBody, onError: (err: unknown) => void) => void;
    }
  | {
      mode: 'edit';
      programme: Programme;
      busy: boolean;
      error: unknown;
      onSubmit: (body: UpdateProgrammeBody, onError: (err: unknown) => void) => void;
    };

/** The programme's general facts: decision, issuer, period, owner unit, objective, status. */
export function ProgrammeForm(props: Props) {
  const t = useT();
  const p = props.programme;
  const [code, setCode] = useState(p?.code ?? '');
  const [title, setTitle] = useState(p?.title ?? '');
  const [decisionNumber, setDecisionNumber] = useState(p?.decisionNumber ?? '');
  const [decisionDate, setDecisionDate] = useState(p?.decisionDate ?? '');
  const [issuer, setIssuer] = useState(p?.issuer ?? '');
  const [owner, setOwner] = useState<PickedUnit | null>(
    p?.ownerUnitId ? { id: p.ownerUnitId, name: p.ownerUnitName ?? p.ownerUnitId } : null,
  );
  const [periodStart, setPeriodStart] = useState(p?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(p?.periodEnd ?? '');
  const [parentTitle, setParentTitle] = useState(p?.parentTitle ?? '');
  const [summary, setSummary] = useState(p?.summary ?? '');
  const [objective, setObjective] = useState(p?.objective ?? '');
  const [status, setStatus] = useState<ProgrammeStatus>(p?.status ?? 'draft');
  const [errors, setErrors] = useState<FieldErrors>({});
  const onServerError = (err: unknown) => setErrors(serverFieldErrors(err));

  function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      code,
      title,
      decisionNumber,
      decisionDate,
      issuer,
      ownerUnitId: owner?.id ?? null,
      periodStart,
      periodEnd,
      parentTitle,
      summary,
      objective,
      status,
    };
    if (props.mode === 'create') {
      const checked = validate(CreateProgrammeBodySchema, input);
      if (checked.errors) return setErrors(checked.errors);
      setErrors({});
      props.onSubmit(checked.data, onServerError);
    } else {
      const checked = validate(UpdateProgrammeBodySchema, { ...input, version: props.programme.version });
      if (checked.errors) return setErrors(checked.errors);
      setErrors({});
      props.onSubmit(checked.data, onServerError);
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate className="form card">
      <TextField
        label={t('programme.field.title')}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={500}
      />
      <div className="form-row">
        <TextField
          label={t('programme.field.code')}
          required
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          hint={t('programme.field.codeHint')}
          maxLength={60}
        />
        <SelectField
          label={t('programme.field.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as ProgrammeStatus)}
          options={PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`programme.status.${s}`) }))}
          error={errors.status}
          hint={status === 'draft' ? t('programme.status.draftHint') : undefined}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('programme.field.decisionNumber')}
          required
          value={decisionNumber}
          onChange={(e) => setDecisionNumber(e.target.value)}
          error={errors.decisionNumber}
          hint={t('programme.field.decisionNumberHint')}
          maxLength={100}
        />
        <DatePicker
          label={t('programme.field.decisionDate')}
          required
          value={decisionDate}
          onChange={setDecisionDate}
          error={errors.decisionDate}
        />
      </div>
      <TextField
        label={t('programme.field.issuer')}
        required
        value={issuer}
        onChange={(e) => setIssuer(e.target.value)}
        error={errors.issuer}
        maxLength={255}
      />
      <div className="form-row">
        <DatePicker
          label={t('programme.field.periodStart')}
          required
          value={periodStart}
          onChange={setPeriodStart}
          error={errors.periodStart}
        />
        <DatePicker
          label={t('programme.field.periodEnd')}
          required
          value={periodEnd}
          onChange={setPeriodEnd}
          error={errors.periodEnd}
          min={periodStart || undefined}
        />
      </div>
      <UnitPicker
        label={t('programme.field.ownerUnit')}
        value={owner}
        onChange={setOwner}
        error={errors.ownerUnitId}
        hint={t('programme.field.ownerUnitHint')}
      />
      <TextField
        label={t('programme.field.parentTitle')}
        value={parentTitle}
        onChange={(e) => setParentTitle(e.target.value)}
        error={errors.parentTitle}
        maxLength={500}
      />
      <TextAreaField
        label={t('programme.field.objective')}
        rows={5}
        value={objective}
        onChange={(e) => setObjective(e.target.value)}
        error={errors.objective}
      />
      <TextAreaField
        label={t('programme.field.summary')}
        rows={4}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={errors.summary}
      />
      {errorCount > 0 ? (
        <p className="form-error-summary" role="alert">
          {t('form.fixErrors', { count: errorCount })}
        </p>
      ) : null}
      {props.error != null && !props.busy ? <ErrorAlert error={props.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={props.busy}>
          {props.mode === 'create' ? t('programme.createSubmit') : t('common.save')}
        </Button>
        <ButtonLink to={props.mode === 'create' ? '/programme' : `/programme/${props.programme.id}`}>
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
