import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CriteriaBodySchema, type Criterion } from '@lantoa/contracts/comm-models';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { apiFetch } from '../../../lib/api-client.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';

type Row = { key: number; id: string | null; name: string; description: string; weight: string; maxScore: string };
let nextKey = 1;
const toRow = (c: Criterion): Row => ({ key: nextKey++, id: c.id, name: c.name, description: c.description ?? '', weight: String(c.weight), maxScore: String(c.maxScore) });
const num = (s: string) => (s.trim() === '' ? undefined : Number(s.trim().replace(',', '.')));

/** The scoring rubric: criteria with their weight and maximum score, edited as one table. */
export function CriteriaPage() {
  const t = useT();
  const query = useQuery({ queryKey: ['models', 'criteria'], queryFn: ({ signal }) => apiFetch<{ items: Criterion[] }>('/comm-models/criteria', { signal }) });
  return (
    <div className="page page-narrow">
      <PageHeader title={t('models.criteria.title')} subtitle={t('models.criteria.subtitle')} actions={<ButtonLink to="/models">{t('models.detail.back')}</ButtonLink>} />
      <QueryState query={query}>{(data) => <CriteriaForm key={data.items.map((c) => c.id).join()} initial={data.items} />}</QueryState>
    </div>
  );
}

function CriteriaForm({ initial }: { initial: Criterion[] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => initial.map(toRow));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: unknown) => apiFetch<{ items: Criterion[] }>('/comm-models/criteria', { method: 'PUT', body }),
    onSuccess: (r) => {
      queryClient.setQueryData(['models', 'criteria'], r);
      setRows(r.items.map(toRow));
      setSaved(true);
    },
  });
  const set = (key: number, patch: Partial<Row>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const totalWeight = rows.reduce((s, r) => s + (num(r.weight) ?? 0), 0);
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const checked = validate(CriteriaBodySchema, { criteria: rows.map((r) => ({ id: r.id, name: r.name, description: r.description.trim() || null, weight: num(r.weight), maxScore: num(r.maxScore) })) });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data, { onError: (err) => setErrors(serverFieldErrors(err)) });
  }
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <p className="muted">{t('models.criteria.totalWeight', { n: totalWeight })}</p>
      {rows.map((r, i) => (
        <fieldset key={r.key} className="fieldset">
          <legend>{t('models.criteria.itemN', { n: i + 1 })}</legend>
          <TextField label={t('models.criteria.name')} required value={r.name} onChange={(e) => set(r.key, { name: e.target.value })} error={errors[`criteria.${i}.name`]} />
          <TextField label={t('models.criteria.description')} value={r.description} onChange={(e) => set(r.key, { description: e.target.value })} />
          <div className="form-row">
            <TextField label={t('models.criteria.weight')} required inputMode="decimal" value={r.weight} onChange={(e) => set(r.key, { weight: e.target.value })} error={errors[`criteria.${i}.weight`]} />
            <TextField label={t('models.criteria.maxScore')} required inputMode="decimal" value={r.maxScore} onChange={(e) => set(r.key, { maxScore: e.target.value })} error={errors[`criteria.${i}.maxScore`]} />
          </div>
          <Button size="sm" variant="ghost" onClick={() => setRows((list) => list.filter((x) => x.key !== r.key))}>{t('models.criteria.remove')}</Button>
        </fieldset>
      ))}
      {errors.criteria ? <p className="field-error">{errors.criteria}</p> : null}
      <div className="form-actions">
        <Button onClick={() => setRows((list) => [...list, { key: nextKey++, id: null, name: '', description: '', weight: '1', maxScore: '10' }])}>+ {t('models.criteria.add')}</Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>{t('models.criteria.save')}</Button>
      </div>
      {saved ? <Alert tone="success"><p>{t('models.criteria.saved')}</p></Alert> : null}
      {save.error && !Object.keys(errors).length ? <ErrorAlert error={save.error} /> : null}
    </form>
  );
}
