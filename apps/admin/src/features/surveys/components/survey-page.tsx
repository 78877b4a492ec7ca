import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { LIKERT_LABELS_VI, type Answers, type QuestionResult, type SurveyView } from '@lantoa/contracts/surveys';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCan } from '../../../lib/auth.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useAnswerSurvey, useSurvey, useSurveyResults, useTransitionSurvey } from '../api/surveys.ts';
import { SurveyStatusBadge } from './surveys-page.tsx';

function isShown(q: SurveyView['questions'][number], answers: Answers): boolean {
  if (!q.showIf) return true;
  const a = answers[q.showIf.questionId];
  return Array.isArray(a) ? a.includes(q.showIf.equals) : a === q.showIf.equals;
}

/** An official's answer form: conditional questions appear when their condition holds. */
function AnswerForm({ survey }: { survey: SurveyView }) {
  const t = useT();
  const answer = useAnswerSurvey(survey.id);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (id: string, v: Answers[string]) => {
    setAnswers((a) => ({ ...a, [id]: v }));
    setErrors((e) => ({ ...e, [id]: '' }));
  };
  function submit(e: FormEvent) {
    e.preventDefault();
    const shown = Object.fromEntries(Object.entries(answers).filter(([k]) => survey.questions.some((q) => q.id === k && isShown(q, answers))));
    answer.mutate(shown, {
      onError: (err) => {
        const issues = isApiError(err) ? ((err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? []) : [];
        if (issues.length) setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      },
    });
  }
  if (answer.isSuccess) return <Alert tone="success"><p>{t('surveys.form.thanks')}</p></Alert>;
  return (
    <form className="card form survey-answer" onSubmit={submit} noValidate aria-label={t('surveys.answer')}>
      <h2>{t('surveys.answer')}</h2>
      {survey.questions.map((q, i) => {
        if (!isShown(q, answers)) return null;
        const label = `${i + 1}. ${q.text}`;
        const err = errors[q.id] || undefined;
        if (q.kind === 'number') return <TextField key={q.id} label={label} required={q.required} inputMode="decimal" error={err} value={String(answers[q.id] ?? '')} onChange={(e) => set(q.id, e.target.value)} />;
        if (q.kind === 'text') return <TextAreaField key={q.id} label={label} required={q.required} rows={3} error={err} value={String(answers[q.id] ?? '')} onChange={(e) => set(q.id, e.target.value)} />;
        const options = q.kind === 'likert' ? LIKERT_LABELS_VI.map((l, k) => ({ value: String(k + 1), label: `${k + 1} — ${l}` })) : q.options.map((o) => ({ value: o, label: o }));
        const current = answers[q.id];
        return (
          <fieldset key={q.id} className={['field', 'survey-choice', err ? 'field-invalid' : ''].join(' ')}>
            <legend className="field-label">
              {label}
              {q.required ? ' *' : ''}
            </legend>
            {options.map((o) => {
              const checked = Array.isArray(current) ? current.includes(o.value) : String(current ?? '') === o.value;
              return (
                <label key={o.value} className="survey-option">
                  <input
                    type={q.kind === 'multiple' ? 'checkbox' : 'radio'}
                    name={q.id}
                    value={o.value}
                    checked={checked}
                    onChange={(e) => {
                      if (q.kind === 'multiple') {
                        const list = Array.isArray(current) ? current : [];
                        set(q.id, e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value));
                      } else set(q.id, q.kind === 'likert' ? Number(o.value) : o.value);
                    }}
                  />{' '}
                  {o.label}
                </label>
              );
            })}
            {err ? <p className="field-error">{err}</p> : null}
          </fieldset>
        );
      })}
      {answer.error && !Object.values(errors).some(Boolean) ? <ErrorAlert error={answer.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={answer.isPending}>
          {t('surveys.form.submit')}
        </Button>
      </div>
    </form>
  );
}

/** Bars per option, this year and (when linked) last year; text for every figure. */
function QuestionChart({ q, prev }: { q: QuestionResult; prev?: QuestionResult }) {
  const t = useT();
  const entries = Object.entries(q.counts);
  const max = Math.max(1, ...entries.map(([, n]) => n), ...Object.values(prev?.counts ?? {}));
  return (
    <li className="card survey-result">
      <h3>{q.text}</h3>
      <p className="muted">
        {t('surveys.results.answered', { n: formatNumber(q.answered) })}
        {q.kind === 'likert' && q.mean !== null ? ` · ${t('surveys.results.mean', { mean: String(q.mean) })}${prev?.mean != null ? ` ${t('surveys.results.meanPrev', { mean: String(prev.mean) })}` : ''}` : ''}
        {q.kind === 'number' && q.mean !== null ? ` · ${t('surveys.results.range', { mean: String(q.mean), min: String(q.min), max: String(q.max) })}` : ''}
      </p>
      {entries.length ? (
        <ul className="survey-bars">
          {entries.map(([k, n]) => (
            <li key={k}>
              <span className="survey-bar-label">{q.kind === 'likert' ? `${k} — ${LIKERT_LABELS_VI[Number(k) - 1]}` : k}</span>
              <span className="survey-bar-track" aria-hidden="true">
                <span className="survey-bar" style={{ width: `${(n / max) * 100}%` }} />
                {prev ? <span className="survey-bar survey-bar-prev" style={{ width: `${((prev.counts[k] ?? 0) / max) * 100}%` }} /> : null}
              </span>
              <span className="survey-bar-value">
                {formatNumber(n)}
                {prev ? <span className="muted"> / {formatNumber(prev.counts[k] ?? 0)}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {q.samples.length ? (
        <ul className="survey-samples">
          {q.samples.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Results({ survey }: { survey: SurveyView }) {
  const t = useT();
  const [unitId, setUnitId] = useState('');
  const [audience, setAudience] = useState('');
  const params = { unitId: unitId || undefined, audience: audience || undefined };
  const results = useSurveyResults(survey.id, params, survey.status !== 'draft');
  if (survey.status === 'draft') return null;
  return (
    <section aria-labelledby="survey-results">
      <div className="survey-results-head">
        <h2 id="survey-results" className="section-title">{t('surveys.results')}</h2>
        <ExportButtons path={`/surveys/${survey.id}/results/export`} query={params} />
      </div>
      <QueryState query={results}>
        {(r) => (
          <>
            <section className="card filters" aria-label={t('common.filters')}>
              <SelectField
                label={t('surveys.results.unit')}
                value={unitId}
                options={[{ value: '', label: t('surveys.results.allUnits') }, ...r.byUnit.filter((u) => u.unitId).map((u) => ({ value: u.unitId!, label: `${u.unitName} (${u.respondents})` }))]}
                onChange={(e) => setUnitId(e.target.value)}
              />
              <SelectField
                label={t('surveys.results.audience')}
                value={audience}
                placeholder={t('common.all')}
                options={[{ value: 'officials', label: t('surveys.audience.officials') }, { value: 'public', label: t('surveys.audience.public') }]}
                onChange={(e) => setAudience(e.target.value)}
              />
            </section>
            <p>
              <strong>{t('surveys.results.respondents', { n: formatNumber(r.respondents) })}</strong>
              {r.previous ? <span className="muted"> · {t('surveys.results.previous', { year: r.previous.year, n: formatNumber(r.previous.respondents) })}</span> : null}
            </p>
            {r.previous ? (
              <p className="survey-legend">
                <span className="survey-key" /> {t('surveys.results.thisYear')} <span className="survey-key survey-key-prev" /> {t('surveys.results.lastYear')} ({r.previous.year})
              </p>
            ) : null}
            {r.respondents === 0 ? <p className="muted">{t('surveys.results.none')}</p> : null}
            <ol className="survey-results">
              {r.questions.map((q) => (
                <QuestionChart key={q.questionId} q={q} prev={r.previous?.questions.find((p) => p.questionId === q.questionId)} />
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </section>
  );
}

function Detail({ survey }: { survey: SurveyView }) {
  const t = useT();
  const canRead = useCan('survey:read');
  const transition = useTransitionSurvey(survey.id);
  const [flash, dismissFlash] = useFlash();
  return (
    <div className="page">
      <PageHeader
        title={survey.title}
        subtitle={
          <span className="badges">
            <SurveyStatusBadge status={survey.status} />
            <span className="muted">
              {survey.year} · {t(`surveys.audience.${survey.audience}`)}
              {survey.targetUnits.length ? ` · ${survey.targetUnits.map((u) => u.name).join(', ')}` : ''}
            </span>
          </span>
        }
        actions={
          <>
            {survey.canEdit ? <ButtonLink to={`/surveys/${survey.id}/edit`}>{t('surveys.edit')}</ButtonLink> : null}
            {survey.actions.map((a) => (
              <Button key={a} variant={a === 'close' ? 'secondary' : 'primary'} busy={transition.isPending} onClick={() => transition.mutate({ action: a, lockVersion: survey.lockVersion })}>
                {t(`surveys.action.${a}`)}
              </Button>
            ))}
          </>
        }
      >
        <nav aria-label={t('surveys.title')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/surveys">{t('surveys.title')}</Link>
            </li>
            <li aria-current="page">{survey.title}</li>
          </ol>
        </nav>
      </PageHeader>
      {flash ? (
        <Alert tone="success">
          <p>{flash}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      {transition.error ? <ErrorAlert error={transition.error} /> : null}
      {survey.publicUrl ? (
        <p>
          <a href={survey.publicUrl} target="_blank" rel="noopener noreferrer">
            {t('surveys.publicLink')}
          </a>
        </p>
      ) : null}
      {survey.description ? <p className="pre-line">{survey.description}</p> : null}
      {survey.canAnswer ? <AnswerForm survey={survey} /> : null}
      {survey.hasAnswered ? <Alert tone="success"><p>{t('surveys.form.thanks')}</p></Alert> : null}
      {canRead ? <Results survey={survey} /> : null}
      {survey.status === 'draft' ? (
        <section className="card">
          <h2>{t('surveys.questions')}</h2>
          <ol>
            {survey.questions.map((q) => (
              <li key={q.id}>
                {q.text} <span className="muted">({t(`surveys.kind.${q.kind}`)}{q.showIf ? ` · ${t('surveys.form.when', { option: q.showIf.equals, n: survey.questions.findIndex((x) => x.id === q.showIf!.questionId) + 1 })}` : ''})</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

export function SurveyPage() {
  const { id = '' } = useParams();
  const query = useSurvey(id);
  return <QueryState query={query}>{(s) => <Detail survey={s} />}</QueryState>;
}
