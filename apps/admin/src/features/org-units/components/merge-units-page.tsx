import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { MergeUnitsBodySchema, type MergeUnitsBody } from '@lantoa/contracts/org-units';
import { UnitPicker, UnitSearchInput, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Loading } from '../../../components/ui/spinner.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { optional, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useUnit } from '../api/get-unit.ts';
import { useMergeUnits } from '../api/merge-units.ts';
import { ActionFields, actionBaseBody, initialActionBase, StructuralForm, UnitTypeSelect } from './structural-form.tsx';

type Mode = 'existing' | 'new';

function MergeForm({ initialSources }: { initialSources: PickedUnit[] }) {
  const t = useT();
  const merge = useMergeUnits();
  const [base, setBase] = useState(initialActionBase);
  const [sources, setSources] = useState<PickedUnit[]>(initialSources);
  const [mode, setMode] = useState<Mode>('existing');
  const [keepId, setKeepId] = useState<string>(initialSources[0]?.id ?? '');
  const [keepName, setKeepName] = useState('');
  const [keepCode, setKeepCode] = useState('');
  const [newName, setNewName] = useState('');
  const [newShortName, setNewShortName] = useState('');
  const [newType, setNewType] = useState('');
  const [newCode, setNewCode] = useState('');
  const [newParent, setNewParent] = useState<PickedUnit | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const asOf = base.effectiveDate || undefined;
  const kept = sources.find((s) => s.id === keepId);

  function addSource(unit: PickedUnit) {
    setSources((prev) => (prev.some((s) => s.id === unit.id) ? prev : [...prev, unit]));
    if (!keepId) setKeepId(unit.id);
  }

  function removeSource(id: string) {
    setSources((prev) => prev.filter((s) => s.id !== id));
    if (keepId === id) setKeepId('');
  }

  function targetName(body: MergeUnitsBody): string {
    if (body.target.mode === 'new') return body.target.name;
    return body.target.name ?? kept?.name ?? '';
  }

  return (
    <StructuralForm<MergeUnitsBody>
      prepare={() => {
        const target =
          mode === 'existing'
            ? { mode, unitId: keepId, name: optional(keepName), officialCode: optional(keepCode) }
            : {
                mode,
                name: newName,
                shortName: optional(newShortName),
                type: newType,
                officialCode: optional(newCode),
                parentId: newParent?.id ?? '',
              };
        const checked = validate(MergeUnitsBodySchema, {
          ...actionBaseBody(base),
          sourceIds: sources.map((s) => s.id),
          target,
        });
        if (!checked.errors) return { body: checked.data, errors: null };
        const errs = { ...checked.errors };
        if (mode === 'existing' && !keepId) errs['target.unitId'] = t('merge.keepRequired');
        if (mode === 'new' && !newParent) errs['target.parentId'] = t('merge.parentRequired');
        return { body: null, errors: errs };
      }}
      mutate={(body, handlers) => merge.mutate(body, handlers)}
      isPending={merge.isPending}
      error={merge.error}
      confirmTitle={t('merge.confirmTitle')}
      confirmLabel={t('merge.submit')}
      confirmText={(body) => (
        <>
          <p>
            {t('merge.confirm', {
              count: formatNumber(body.sourceIds.length),
              name: targetName(body),
              date: formatDate(body.effectiveDate),
            })}
          </p>
          <ul>
            {sources.map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
          </ul>
        </>
      )}
      resultPath={(r, body) => {
        if (body.target.mode === 'existing') return `/org-units/${body.target.unitId}`;
        const created = r.unitIds.find((id) => !body.sourceIds.includes(id)) ?? r.unitIds[0] ?? '';
        return `/org-units/${created}`;
      }}
      cancelTo="/org-units"
      submitLabel={t('merge.submit')}
      errors={errors}
      setErrors={setErrors}
      codeFields={{ UNIT_CODE_TAKEN: 'target.officialCode' }}
    >
      <ActionFields value={base} onChange={setBase} errors={errors} dateHint={t('merge.dateHint')} />

      <fieldset className="fieldset">
        <legend>{t('merge.sources')}</legend>
        <p className="field-hint">{t('merge.sourcesHint', { date: formatDate(base.effectiveDate) })}</p>
        {sources.length > 0 ? (
          <ul className="picked-list" aria-label={t('merge.chosen')}>
            {sources.map((s) => (
              <li key={s.id} className="picked-unit">
                <span className="picked-unit-name">
                  {s.name}
                  {s.officialCode ? <span className="muted"> · {s.officialCode}</span> : null}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => removeSource(s.id)}
                  aria-label={t('merge.removeNamed', { name: s.name })}
                >
                  {t('common.remove')}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        <UnitSearchInput
          label={t('merge.addSource')}
          asOf={asOf}
          excludeIds={sources.map((s) => s.id)}
          onSelect={(u) => addSource({ id: u.id, name: u.name, officialCode: u.officialCode, type: u.type })}
          error={errors.sourceIds}
          hint={t('merge.countChosen', { count: formatNumber(sources.length) })}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('merge.target')}</legend>
        <div className="radio-group">
          <label className="radio">
            <input
              type="radio"
              name="merge-mode"
              value="existing"
              checked={mode === 'existing'}
              onChange={() => setMode('existing')}
            />
            {t('merge.modeExisting')}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="merge-mode"
              value="new"
              checked={mode === 'new'}
              onChange={() => setMode('new')}
            />
            {t('merge.modeNew')}
          </label>
        </div>
        {mode === 'existing' ? (
          <>
            <fieldset
              className="fieldset-inner"
              aria-describedby={errors['target.unitId'] ? 'merge-keep-error' : undefined}
            >
              <legend>{t('merge.keep')}</legend>
              {sources.length === 0 ? <p className="muted">{t('merge.chooseSourcesFirst')}</p> : null}
              {sources.map((s) => (
                <label key={s.id} className="radio">
                  <input
                    type="radio"
                    name="merge-keep"
                    value={s.id}
                    checked={keepId === s.id}
                    onChange={() => setKeepId(s.id)}
                  />
                  {s.name}
                </label>
              ))}
              {errors['target.unitId'] ? (
                <p id="merge-keep-error" className="field-error">
                  {errors['target.unitId']}
                </p>
              ) : null}
            </fieldset>
            <div className="form-row">
              <TextField
                label={t('merge.keepNewName')}
                value={keepName}
                onChange={(e) => setKeepName(e.target.value)}
                error={errors['target.name']}
                hint={t('merge.keepNewNameHint')}
                maxLength={255}
              />
              <TextField
                label={t('merge.keepNewCode')}
                value={keepCode}
                onChange={(e) => setKeepCode(e.target.value)}
                error={errors['target.officialCode']}
                maxLength={20}
              />
            </div>
          </>
        ) : (
          <>
            <TextField
              label={t('merge.newName')}
              required
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              error={errors['target.name']}
              maxLength={255}
            />
            <TextField
              label={t('unit.shortName')}
              value={newShortName}
              onChange={(e) => setNewShortName(e.target.value)}
              error={errors['target.shortName']}
              maxLength={100}
            />
            <div className="form-row">
              <UnitTypeSelect
                label={t('unit.type')}
                value={newType}
                onChange={setNewType}
                error={errors['target.type']}
              />
              <TextField
                label={t('unit.code')}
                value={newCode}
                onChange={(e) => setNewCode(e.target.value)}
                error={errors['target.officialCode']}
                hint={t('unit.codeHint')}
                maxLength={20}
              />
            </div>
            <UnitPicker
              label={t('unit.parent')}
              required
              value={newParent}
              onChange={setNewParent}
              asOf={asOf}
              excludeIds={sources.map((s) => s.id)}
              error={errors['target.parentId']}
            />
          </>
        )}
      </fieldset>
    </StructuralForm>
  );
}

export function MergeUnitsPage() {
  const t = useT();
  const [params] = useSearchParams();
  const withId = params.get('with') ?? '';
  const first = useUnit(withId);
  const initial: PickedUnit[] = first.data
    ? [
        {
          id: first.data.id,
          name: first.data.current.name,
          officialCode: first.data.current.officialCode,
          type: first.data.current.type,
        },
      ]
    : [];
  return (
    <div className="page page-narrow">
      <PageHeader title={t('merge.title')} subtitle={t('merge.subtitle')} />
      {withId && first.isPending ? <Loading /> : <MergeForm initialSources={initial} />}
    </div>
  );
}
