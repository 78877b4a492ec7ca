import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { ModelAction, ModelView } from '@lantoa/contracts/comm-models';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format.ts';
import { serverFieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useModel, useModelMutations, usePanelCandidates } from '../api/models-api.ts';
import { ModelStatusBadge } from './models-page.tsx';

export function ModelPage() {
  const { id = '' } = useParams();
  const query = useModel(id);
  return <QueryState query={query}>{(m) => <ModelDetail model={m} />}</QueryState>;
}

function ModelDetail({ model: m }: { model: ModelView }) {
  const t = useT();
  const [flash, dismissFlash] = useFlash();
  return (
    <div className="page">
      <PageHeader title={m.title} subtitle={`${m.unitName} · ${m.year} · ${t(`models.group.${m.targetGroup}`)}`} actions={<ButtonLink to="/models">{t('models.detail.back')}</ButtonLink>} />
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <p className="model-status-line">
        <ModelStatusBadge status={m.status} /> {m.isDemo ? <Badge tone="amber">{t('models.detail.demo')}</Badge> : null}
      </p>
      <section className="card" aria-labelledby="m-proposal">
        <h2 id="m-proposal">{t('models.detail.proposal')}</h2>
        <p className="pre-line">{m.description}</p>
        <p className="muted">{t('models.detail.expected', { n: formatNumber(m.expectedReach) })}</p>
        {m.decidedAt ? <p>{t('models.detail.decided', { date: formatDate(m.decidedAt), reason: m.decisionReason ?? '—' })}</p> : null}
      </section>
      <PanelSection model={m} />
      {m.can.actions.length ? <DecisionSection model={m} /> : null}
      {m.status === 'deployed' ? <DeploymentSection model={m} /> : null}
      <section className="card" aria-labelledby="m-history">
        <h2 id="m-history">{t('models.detail.history')}</h2>
        <ol className="model-history">
          {m.history.map((h, i) => (
            <li key={i}>
              <span className="muted small">{formatDateTime(h.at)}</span> · <strong>{t(`models.status.${h.toState}`)}</strong>
              {h.actorName ? ` · ${h.actorName}` : ''}
              {h.comment ? <div className="small">{h.comment}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function PanelSection({ model: m }: { model: ModelView }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="m-panel">
      <h2 id="m-panel">{t('models.detail.panel')}</h2>
      {m.panel.length === 0 ? (
        <p className="muted">{t('models.detail.noPanel')}</p>
      ) : (
        <>
          {m.averageScore !== null ? <p className="model-average">{t('models.detail.average', { score: formatNumber(m.averageScore) })}</p> : null}
          <table className="table model-panel">
            <caption className="visually-hidden">{t('models.detail.panel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('models.detail.member')}</th>
                <th scope="col" className="cell-num">{t('models.detail.memberScore')}</th>
              </tr>
            </thead>
            <tbody>
              {m.panel.map((p) => (
                <tr key={p.userId}>
                  <th scope="row">{p.fullName}</th>
                  <td className="cell-num">{p.weightedScore === null ? t('models.detail.notFinished') : formatNumber(p.weightedScore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <details className="model-rubric">
        <summary>{t('models.detail.rubric')}</summary>
        <ul>
          {m.criteria.map((c) => (
            <li key={c.id}>{t('models.detail.rubricItem', { name: c.name, weight: formatNumber(c.weight), max: formatNumber(c.maxScore) })}</li>
          ))}
        </ul>
      </details>
      {m.can.score ? <ScoreForm model={m} /> : null}
    </section>
  );
}

function ScoreForm({ model: m }: { model: ModelView }) {
  const t = useT();
  const { score } = useModelMutations(m.id);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const scores = m.criteria.map((c, i) => {
      const raw = (values[c.id] ?? '').trim().replace(',', '.');
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n) || n < 0 || n > c.maxScore) errs[`scores.${i}.score`] = `0–${c.maxScore}`;
      return { criterionId: c.id, score: n, comment: null };
    });
    setErrors(errs);
    setSaved(false);
    if (Object.keys(errs).length) return;
    score.mutate({ scores }, { onSuccess: () => setSaved(true), onError: (err) => setErrors(serverFieldErrors(err)) });
  }
  return (
    <form className="model-score-form" onSubmit={submit} noValidate>
      <h3>{t('models.detail.myScores')}</h3>
      <div className="model-score-grid">
        {m.criteria.map((c, i) => (
          <TextField
            key={c.id}
            label={t('models.detail.scoreOf', { name: c.name, max: formatNumber(c.maxScore) })}
            inputMode="decimal"
            value={values[c.id] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [c.id]: e.target.value }))}
            error={errors[`scores.${i}.score`]}
          />
        ))}
      </div>
      <Button type="submit" variant="primary" disabled={score.isPending}>
        {t('models.detail.saveScores')}
      </Button>
      {saved ? <p role="status">{t('models.detail.scoresSaved')}</p> : null}
      {score.error ? <ErrorAlert error={score.error} /> : null}
    </form>
  );
}

function DecisionSection({ model: m }: { model: ModelView }) {
  const t = useT();
  const { transition } = useModelMutations(m.id);
  const needsPanel = m.can.actions.includes('open_evaluation');
  const candidates = usePanelCandidates(needsPanel);
  const [panel, setPanel] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [deployedOn, setDeployedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  function act(action: ModelAction) {
    setErrors({});
    transition.mutate(
      { action, lockVersion: m.lockVersion, comment: comment.trim() || null, panelUserIds: action === 'open_evaluation' ? panel : undefined, deployedOn: action === 'deploy' ? deployedOn || undefined : undefined },
      { onSuccess: () => setComment(''), onError: (err) => setErrors(serverFieldErrors(err)) },
    );
  }
  return (
    <section className="card" aria-labelledby="m-decision">
      <h2 id="m-decision">{t('models.detail.decision')}</h2>
      {needsPanel ? (
        <fieldset className="fieldset">
          <legend>{t('models.detail.panelPick')}</legend>
          {(candidates.data?.items ?? []).map((c) => (
            <CheckboxField
              key={c.id}
              label={`${c.fullName} (${c.username})`}
              checked={panel.includes(c.id)}
              onChange={(e) => setPanel((p) => (e.target.checked ? [...p, c.id] : p.filter((x) => x !== c.id)))}
            />
          ))}
          {errors.panelUserIds ? <p className="field-error">{errors.panelUserIds}</p> : null}
        </fieldset>
      ) : null}
      {m.can.actions.includes('deploy') ? <DatePicker label={t('models.detail.deployedOn')} required value={deployedOn} onChange={setDeployedOn} error={errors.deployedOn} /> : null}
      {m.can.actions.some((a) => a === 'approve' || a === 'reject') ? (
        <TextAreaField label={t('models.detail.reason')} hint={t('models.detail.reasonRequired')} value={comment} onChange={(e) => setComment(e.target.value)} error={errors.comment} rows={2} />
      ) : null}
      <div className="form-actions">
        {m.can.actions.map((a) => (
          <Button key={a} variant={a === 'reject' ? 'danger' : 'primary'} disabled={transition.isPending} onClick={() => act(a)}>
            {t(`models.action.${a}`)}
          </Button>
        ))}
      </div>
      {transition.error && !Object.keys(errors).length ? <ErrorAlert error={transition.error} /> : null}
    </section>
  );
}

function DeploymentSection({ model: m }: { model: ModelView }) {
  const t = useT();
  const { results, replicate } = useModelMutations(m.id);
  const [reach, setReach] = useState(m.resultReach?.toString() ?? '');
  const [notes, setNotes] = useState(m.resultNotes ?? '');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [startedOn, setStartedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <section className="card" aria-labelledby="m-deploy">
      <h2 id="m-deploy">{t('models.detail.deployment')}</h2>
      <ul className="model-units">
        {m.units.map((u) => (
          <li key={u.unitId}>
            <strong>{u.unitName}</strong> · {formatDate(u.startedOn)} · {u.isReplication ? t('models.detail.replication') : t('models.detail.original')}
            {u.notes ? <span className="muted"> · {u.notes}</span> : null}
          </li>
        ))}
      </ul>
      <h3>{t('models.detail.results')}</h3>
      {m.can.results ? (
        <form
          className="form model-deploy-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(reach.trim().replace(/[.\s]/g, ''));
            if (!/^\d+$/.test(reach.trim().replace(/[.\s]/g, ''))) return setErrors({ resultReach: t('models.form.notNumber') });
            setErrors({});
            results.mutate({ lockVersion: m.lockVersion, resultReach: n, resultNotes: notes.trim() || null }, { onError: (err) => setErrors(serverFieldErrors(err)) });
          }}
        >
          <TextField label={t('models.detail.resultReach')} inputMode="numeric" value={reach} onChange={(e) => setReach(e.target.value)} error={errors.resultReach} />
          <TextAreaField label={t('models.detail.resultNotes')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
          <Button type="submit" disabled={results.isPending}>{t('models.detail.saveResults')}</Button>
          {results.error && !errors.resultReach ? <ErrorAlert error={results.error} /> : null}
        </form>
      ) : (
        <p>
          {m.resultReach === null ? '—' : `${t('models.detail.resultReach')}: ${formatNumber(m.resultReach)}`}
          {m.resultNotes ? ` · ${m.resultNotes}` : ''}
        </p>
      )}
      <h3>{t('models.detail.replicate')}</h3>
      <form
        className="form model-deploy-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!unit || !startedOn) return setErrors({ unitId: unit ? '' : t('form.required'), startedOn: startedOn ? '' : t('form.required') });
          setErrors({});
          replicate.mutate({ unitId: unit.id, startedOn, notes: null }, { onSuccess: () => { setUnit(null); setStartedOn(''); }, onError: (err) => setErrors(serverFieldErrors(err)) });
        }}
      >
        <UnitPicker label={t('models.detail.replicateUnit')} value={unit} onChange={setUnit} error={errors.unitId || undefined} />
        <DatePicker label={t('models.detail.replicateStart')} value={startedOn} onChange={setStartedOn} error={errors.startedOn || undefined} />
        <Button type="submit" disabled={replicate.isPending}>{t('models.detail.replicateSave')}</Button>
        {replicate.error && !Object.values(errors).some(Boolean) ? <ErrorAlert error={replicate.error} /> : null}
      </form>
    </section>
  );
}
