import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useIndicators, type IndicatorDefinition, type Provider } from '../api/get-indicators.ts';
import { useReportForms } from '../api/get-report-forms.ts';
import { useUpdateIndicator } from '../api/update-indicator.ts';
import {
  AGGREGATIONS,
  draftFromFormula,
  formulaFromDraft,
  MISSING_RULES,
  paramsOf,
  UNIT_GROUPS,
  type FormulaDraft,
  type PartDraft,
} from '../formula.ts';

/** Edits one indicator definition; from a later year it becomes a new version and earlier years keep theirs. */
export function IndicatorEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const defs = useIndicators();
  const forms = useReportForms(true);
  const def = defs.data?.items.find((d) => d.id === id);

  return (
    <div className="page page-narrow">
      <PageHeader title={def ? t('dashboard.edit.title', { code: def.code }) : t('dashboard.settings.title')}>
        <nav aria-label={t('dashboard.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/dashboard">{t('dashboard.title')}</Link>
            </li>
            <li>
              <Link to="/dashboard/indicators">{t('dashboard.settings.title')}</Link>
            </li>
            <li aria-current="page">{def?.code ?? id}</li>
          </ol>
        </nav>
      </PageHeader>
      {defs.isPending || forms.isPending ? (
        <Loading />
      ) : defs.isError || forms.isError ? (
        <ErrorAlert
          error={defs.error ?? forms.error}
          onRetry={() => {
            void defs.refetch();
            void forms.refetch();
          }}
        />
      ) : !def ? (
        <EmptyState title={t('error.NOT_FOUND')}>
          <ButtonLink to="/dashboard/indicators">{t('dashboard.settings.title')}</ButtonLink>
        </EmptyState>
      ) : (
        <IndicatorForm key={`${def.id}:${def.version}`} def={def} providers={defs.data.providers} forms={forms.data} />
      )}
    </div>
  );
}

const PROBLEM_KEYS = {
  required: 'form.required',
  notNumber: 'dashboard.edit.notNumber',
  ratioNeedsDenominator: 'dashboard.edit.ratioNeedsDenominator',
} as const;

function IndicatorForm({
  def,
  providers,
  forms,
}: {
  def: IndicatorDefinition;
  providers: readonly Provider[];
  forms: readonly ReportForm[];
}) {
  const t = useT();
  const navigate = useNavigate();
  const update = useUpdateIndicator(def.id);
  const [name, setName] = useState(def.name);
  const [description, setDescription] = useState(def.description);
  const [unitLabel, setUnitLabel] = useState(def.unitLabel);
  const [draft, setDraft] = useState<FormulaDraft>(() => draftFromFormula(def.formula));
  const [fromYear, setFromYear] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const lastYear = def.validToYear ?? Math.max(2026, Number(todayIso().slice(0, 4)) + 1);
  const years: number[] = [];
  for (let y = def.validFromYear + 1; y <= lastYear; y++) years.push(y);

  function setPart(side: 'numerator' | 'denominator', patch: Partial<PartDraft>) {
    setDraft((d) => ({ ...d, [side]: { ...d[side], ...patch } }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (name.trim().length < 3) local.name = t('form.required');
    if (description.trim().length < 3) local.description = t('form.required');
    if (!unitLabel.trim()) local.unitLabel = t('form.required');
    const built = formulaFromDraft(draft);
    if (built.problems) {
      for (const [key, problem] of Object.entries(built.problems)) local[key] = t(PROBLEM_KEYS[problem]);
    }
    setErrors(local);
    if (Object.keys(local).length || !built.formula) return;
    update.mutate(
      {
        name: name.trim(),
        description: description.trim(),
        unitLabel: unitLabel.trim(),
        formula: built.formula,
        version: def.version,
        fromYear: fromYear ? Number(fromYear) : undefined,
      },
      {
        onSuccess: () =>
          void navigate('/dashboard/indicators', {
            state: {
              flash: fromYear
                ? t('dashboard.edit.savedFrom', { code: def.code, year: fromYear })
                : t('dashboard.edit.saved', { code: def.code }),
            },
          }),
        onError: (err) => setErrors(serverFieldErrors(err)),
      },
    );
  }

  const elementOptions = forms.flatMap((f) =>
    f.elements.map((e) => ({ value: e.code, label: `${e.code} — ${e.name}` })),
  );
  const uniqueElements = [...new Map(elementOptions.map((o) => [o.value, o])).values()];
  const providerOptions = providers.map((p) => ({ value: p.name, label: p.label }));
  const errorCount = Object.keys(errors).length;

  function partFields(side: 'numerator' | 'denominator') {
    const part = draft[side];
    const names = paramsOf(part.provider);
    return (
      <fieldset className="fieldset">
        <legend>{t(`dashboard.settings.${side}`)}</legend>
        <div className="fieldset-inner">
          <SelectField
            label={t('dashboard.edit.provider')}
            value={part.provider}
            options={providerOptions}
            placeholder={side === 'denominator' ? t('dashboard.edit.noDenominator') : t('common.choose')}
            error={errors[`${side}.provider`]}
            onChange={(e) => setPart(side, { provider: e.target.value })}
          />
          {names.includes('element') ? (
            <SelectField
              label={t('dashboard.edit.element')}
              value={part.element}
              options={uniqueElements}
              placeholder={t('common.choose')}
              required
              error={errors[`${side}.element`]}
              onChange={(e) => setPart(side, { element: e.target.value })}
            />
          ) : null}
          {names.includes('group') ? (
            <SelectField
              label={t('dashboard.edit.group')}
              value={part.group}
              options={UNIT_GROUPS.map((g) => ({ value: g, label: t(`dashboard.group.${g}`) }))}
              placeholder={t('common.choose')}
              required
              error={errors[`${side}.group`]}
              onChange={(e) => setPart(side, { group: e.target.value })}
            />
          ) : null}
          {names.includes('min') ? (
            <TextField
              label={t('dashboard.edit.min')}
              hint={t('dashboard.edit.minHint')}
              inputMode="decimal"
              value={part.min}
              error={errors[`${side}.min`]}
              onChange={(e) => setPart(side, { min: e.target.value })}
            />
          ) : null}
        </div>
      </fieldset>
    );
  }

  return (
    <form className="card form" onSubmit={submit} noValidate>
      {errorCount > 0 ? (
        <div className="alert alert-error" role="alert">
          <p>{t('form.fixErrors', { count: errorCount })}</p>
          {errors.formula ? <p>{errors.formula}</p> : null}
          {errors._ ? <p>{errors._}</p> : null}
        </div>
      ) : null}
      <p className="muted">
        {def.validToYear === null
          ? t('dashboard.settings.fromYear', { from: def.validFromYear })
          : t('dashboard.settings.yearRange', { from: def.validFromYear, to: def.validToYear })}
      </p>
      <TextField
        label={t('dashboard.edit.name')}
        required
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
        maxLength={300}
      />
      <TextAreaField
        label={t('dashboard.edit.description')}
        hint={t('dashboard.edit.descriptionHint')}
        required
        rows={4}
        maxLength={4000}
        value={description}
        error={errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField
        label={t('dashboard.settings.unitLabel')}
        hint={t('dashboard.edit.unitLabelHint')}
        required
        maxLength={30}
        value={unitLabel}
        error={errors.unitLabel}
        onChange={(e) => setUnitLabel(e.target.value)}
      />
      <fieldset className="fieldset" aria-describedby={errors.formula ? 'formula-error' : undefined}>
        <legend>{t('dashboard.settings.formula')}</legend>
        <div className="fieldset-inner">
          {errors.formula ? (
            <p id="formula-error" className="field-error">
              {errors.formula}
            </p>
          ) : null}
          <SelectField
            label={t('dashboard.edit.aggregation')}
            value={draft.aggregation}
            options={AGGREGATIONS.map((a) => ({ value: a, label: t(`dashboard.aggregation.${a}`) }))}
            onChange={(e) => setDraft((d) => ({ ...d, aggregation: e.target.value as FormulaDraft['aggregation'] }))}
          />
          {partFields('numerator')}
          {partFields('denominator')}
          <fieldset className="fieldset">
            <legend>{t('dashboard.edit.missing')}</legend>
            <div className="radio-group">
              {MISSING_RULES.map((m) => (
                <label key={m} className="radio">
                  <input
                    type="radio"
                    name="missing"
                    value={m}
                    checked={draft.missing === m}
                    onChange={() => setDraft((d) => ({ ...d, missing: m }))}
                  />
                  {t(`dashboard.missingOption.${m}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <TextField
            label={t('dashboard.edit.scale')}
            hint={t('dashboard.edit.scaleHint')}
            inputMode="decimal"
            value={draft.scale}
            error={errors.scale}
            onChange={(e) => setDraft((d) => ({ ...d, scale: e.target.value }))}
          />
        </div>
      </fieldset>
      <SelectField
        label={t('dashboard.edit.applyFrom')}
        hint={t('dashboard.edit.applyFromHint')}
        value={fromYear}
        placeholder={t('dashboard.edit.applyThis', { from: def.validFromYear })}
        options={years.map((y) => ({ value: String(y), label: t('dashboard.edit.applyYear', { year: y }) }))}
        onChange={(e) => setFromYear(e.target.value)}
      />
      {update.isError && Object.keys(serverFieldErrors(update.error)).length === 0 ? (
        <ErrorAlert error={update.error} />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t('common.save')}
        </Button>
        <ButtonLink to="/dashboard/indicators">{t('common.cancel')}</ButtonLink>
      </div>
    </form>
  );
}
