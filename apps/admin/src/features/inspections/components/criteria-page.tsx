import { useState } from 'react';
import type { CriteriaSet } from '@lantoa/contracts/inspections';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useCriteria, useSaveCriteria } from '../api.ts';
import { InspectionsTabs } from './tabs.tsx';
import { YEARS } from './shared.tsx';

/** The year's criteria set: what units score themselves on, and the points of each. */
export function CriteriaPage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const query = useCriteria(year);
  return (
    <div className="page">
      <PageHeader title={t('insp.criteria.title')} subtitle={t('insp.criteria.subtitle')} />
      <InspectionsTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('insp.year')} value={String(year)} options={YEARS.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => update({ year: e.target.value })} />
      </section>
      <QueryState query={query}>{(set) => <CriteriaEditor key={`${set.year}-${set.lockVersion}`} set={set} />}</QueryState>
    </div>
  );
}

type Row = { code: string; title: string; maxPoints: string };

function CriteriaEditor({ set }: { set: CriteriaSet }) {
  const t = useT();
  const canEdit = useCan('assessment:review');
  const save = useSaveCriteria(set.year);
  const [rows, setRows] = useState<Row[]>(set.criteria.map((c) => ({ code: c.code, title: c.title, maxPoints: String(c.maxPoints) })));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const editable = canEdit;
  const total = rows.reduce((s, r) => s + (Number(r.maxPoints.replace(',', '.')) || 0), 0);
  const setRow = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function submit() {
    setSaved(false);
    const local: FieldErrors = {};
    if (rows.length === 0) local.criteria = t('insp.v.criteria');
    rows.forEach((r, i) => {
      if (!r.code.trim()) local[`criteria.${i}.code`] = t('insp.v.code');
      if (!r.title.trim()) local[`criteria.${i}.title`] = t('insp.v.criterion');
      const n = Number(r.maxPoints.replace(',', '.'));
      if (!(n > 0)) local[`criteria.${i}.maxPoints`] = t('insp.v.points');
    });
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await save.mutateAsync({ lockVersion: set.lockVersion, criteria: rows.map((r) => ({ code: r.code.trim(), title: r.title.trim(), maxPoints: Number(r.maxPoints.replace(',', '.')) })) });
      setSaved(true);
    } catch (err) {
      setErrors(serverFieldErrors(err));
    }
  }
  return (
    <section className="card insp-stack" aria-labelledby="insp-criteria">
      <h2 className="section-title" id="insp-criteria">{t('insp.criteria.ofYear', { year: set.year, total: formatNumber(total) })}</h2>
      {set.usedByAssessments > 0 ? <p className="muted">{t('insp.criteria.used', { n: set.usedByAssessments })}</p> : null}
      {rows.length === 0 && !editable ? <p className="muted">{t('insp.criteria.empty')}</p> : null}
      {rows.map((r, i) =>
        editable ? (
          <div key={i} className="insp-criteria-row" role="group" aria-label={t('insp.criteria.row', { n: i + 1 })}>
            <TextField label={t('insp.criteria.code')} value={r.code} error={errors[`criteria.${i}.code`]} onChange={(e) => setRow(i, { code: e.target.value })} />
            <TextField label={t('insp.criteria.name')} value={r.title} error={errors[`criteria.${i}.title`]} onChange={(e) => setRow(i, { title: e.target.value })} />
            <TextField label={t('insp.criteria.points')} inputMode="decimal" value={r.maxPoints} error={errors[`criteria.${i}.maxPoints`]} onChange={(e) => setRow(i, { maxPoints: e.target.value })} />
            <Button variant="ghost" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('common.remove')}</Button>
          </div>
        ) : (
          <p key={i}><strong>{r.code}.</strong> {r.title} — {t('insp.assess.max', { n: r.maxPoints })}</p>
        ),
      )}
      {errors.criteria ? <Alert tone="error">{errors.criteria}</Alert> : null}
      {save.error && !Object.keys(errors).length ? <ErrorAlert error={save.error} /> : null}
      {saved ? <Alert tone="success">{t('insp.saved')}</Alert> : null}
      {editable ? (
        <div className="insp-actions">
          <Button onClick={() => setRows([...rows, { code: `TC${rows.length + 1}`, title: '', maxPoints: '10' }])}>{t('insp.criteria.add')}</Button>
          <Button variant="primary" busy={save.isPending} onClick={() => void submit()}>{t('common.save')}</Button>
        </div>
      ) : null}
    </section>
  );
}
