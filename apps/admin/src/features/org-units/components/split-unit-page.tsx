import { useState } from 'react';
import { SplitUnitBodySchema, type SplitUnitBody, type UnitDetail } from '@lantoa/contracts/org-units';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField, TextField } from '../../../components/ui/field.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { optional, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSplitUnit } from '../api/split-unit.ts';
import { ActionFields, actionBaseBody, initialActionBase, StructuralForm, UnitTypeSelect } from './structural-form.tsx';
import { UnitActionPage } from './unit-action-page.tsx';

type Part = {
  key: number;
  name: string;
  shortName: string;
  type: string;
  officialCode: string;
  parent: PickedUnit | null;
};

function SplitForm({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const split = useSplitUnit();
  const c = unit.current;
  const sourceParent: PickedUnit | null = c.parentId
    ? { id: c.parentId, name: c.parentName ?? unit.ancestors[unit.ancestors.length - 1]?.name ?? '' }
    : null;
  const blankPart = (key: number): Part => ({
    key,
    name: '',
    shortName: '',
    type: c.type,
    officialCode: '',
    parent: sourceParent,
  });
  const [base, setBase] = useState(initialActionBase);
  const [keepSource, setKeepSource] = useState(false);
  const [parts, setParts] = useState<Part[]>(() => [blankPart(1), blankPart(2)]);
  const [nextKey, setNextKey] = useState(3);
  const [errors, setErrors] = useState<FieldErrors>({});

  function patchPart(key: number, patch: Partial<Part>) {
    setParts((prev) => prev.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  }

  return (
    <StructuralForm<SplitUnitBody>
      prepare={() => {
        const checked = validate(SplitUnitBodySchema, {
          ...actionBaseBody(base),
          keepSource,
          parts: parts.map((p) => ({
            name: p.name,
            shortName: optional(p.shortName),
            type: p.type,
            officialCode: optional(p.officialCode),
            parentId: p.parent?.id ?? '',
          })),
        });
        const errs: FieldErrors = { ...(checked.errors ?? {}) };
        parts.forEach((p, i) => {
          if (!p.parent) errs[`parts.${i}.parentId`] = t('split.parentRequired');
        });
        // Splitting into one new unit only makes sense when the source lives on beside it.
        if (!keepSource && parts.length < 2) errs.parts = t('error.SPLIT_NEEDS_TWO');
        if (Object.keys(errs).length > 0 || !checked.data) return { body: null, errors: errs };
        return { body: checked.data, errors: null };
      }}
      mutate={(body, handlers) => split.mutate({ id: unit.id, body }, handlers)}
      isPending={split.isPending}
      error={split.error}
      confirmTitle={t('split.confirmTitle')}
      confirmLabel={t('split.submit')}
      confirmText={(body) => (
        <>
          <p>
            {t(body.keepSource ? 'split.confirmKeep' : 'split.confirmClose', {
              name: c.name,
              count: formatNumber(body.parts.length),
              date: formatDate(body.effectiveDate),
            })}
          </p>
          <ul>
            {body.parts.map((p, i) => (
              <li key={i}>{p.name}</li>
            ))}
          </ul>
        </>
      )}
      resultPath={(r) => {
        const created = r.unitIds.filter((id) => id !== unit.id);
        return `/org-units/${created.length === 1 && created[0] ? created[0] : unit.id}`;
      }}
      cancelTo={`/org-units/${unit.id}`}
      submitLabel={t('split.submit')}
      errors={errors}
      setErrors={setErrors}
      codeFields={{}}
    >
      <ActionFields value={base} onChange={setBase} errors={errors} />
      <fieldset className="fieldset">
        <legend>{t('split.source')}</legend>
        <CheckboxField
          label={t('split.keepSource')}
          hint={t(keepSource ? 'split.keepSourceOn' : 'split.keepSourceOff', { name: c.name })}
          checked={keepSource}
          onChange={(e) => setKeepSource(e.target.checked)}
        />
      </fieldset>
      {parts.map((p, i) => {
        const err = (f: string) => errors[`parts.${i}.${f}`];
        return (
          <fieldset key={p.key} className="fieldset">
            <legend>{t('split.part', { n: i + 1 })}</legend>
            <TextField
              label={t('split.partName', { n: i + 1 })}
              required
              value={p.name}
              onChange={(e) => patchPart(p.key, { name: e.target.value })}
              error={err('name')}
              maxLength={255}
            />
            <TextField
              label={t('unit.shortName')}
              value={p.shortName}
              onChange={(e) => patchPart(p.key, { shortName: e.target.value })}
              error={err('shortName')}
              maxLength={100}
            />
            <div className="form-row">
              <UnitTypeSelect
                label={t('unit.type')}
                value={p.type}
                onChange={(type) => patchPart(p.key, { type })}
                error={err('type')}
              />
              <TextField
                label={t('unit.code')}
                value={p.officialCode}
                onChange={(e) => patchPart(p.key, { officialCode: e.target.value })}
                error={err('officialCode')}
                hint={t('unit.codeHint')}
                maxLength={20}
              />
            </div>
            <UnitPicker
              label={t('unit.parent')}
              required
              value={p.parent}
              onChange={(parent) => patchPart(p.key, { parent })}
              asOf={base.effectiveDate || undefined}
              excludeIds={[unit.id]}
              error={err('parentId')}
            />
            {parts.length > 1 ? (
              <div className="form-actions">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setParts((prev) => prev.filter((x) => x.key !== p.key))}
                  aria-label={t('split.removePartNamed', { n: i + 1 })}
                >
                  {t('split.removePart')}
                </Button>
              </div>
            ) : null}
          </fieldset>
        );
      })}
      {errors.parts ? (
        <p className="field-error" role="alert">
          {errors.parts}
        </p>
      ) : null}
      <div>
        <Button
          onClick={() => {
            setParts((prev) => [...prev, blankPart(nextKey)]);
            setNextKey((k) => k + 1);
          }}
          disabled={parts.length >= 20}
        >
          {t('split.addPart')}
        </Button>
      </div>
    </StructuralForm>
  );
}

export function SplitUnitPage() {
  return <UnitActionPage titleKey="split.title">{(unit) => <SplitForm unit={unit} />}</UnitActionPage>;
}
