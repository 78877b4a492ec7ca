import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QUESTION_KINDS, SURVEY_AUDIENCES, type Question, type SurveyView } from '@lantoa/contracts/surveys';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSaveSurvey, useSurvey, useSurveys } from '../api/surveys.ts';

type Draft = Question & { optionsText: string };

let seq = 0;
function newQuestion(): Draft {
  seq += 1;
  return { id: `c${Date.now().toString(36)}${seq}`, kind: 'single', text: '', required: true, options: [], showIf: null, optionsText: '' };
}

const toDraft = (q: Question): Draft => ({ ...q, optionsText: q.options.join('\n') });
const isChoice = (q: Question) => q.kind === 'single' || q.kind === 'multiple';
const optionsOf = (q: Draft) => q.optionsText.split('\n').map((s) => s.trim()).filter(Boolean);

function Builder({ survey }: { survey: SurveyView | null }) {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveSurvey(survey?.id);
  const previousList = useSurveys({ pageSize: 100 });
  const [title, setTitle] = useState(survey?.title ?? '');
  const [description, setDescription] = useState(survey?.description ?? '');
  const [year, setYear] = useState(String(survey?.year ?? new Date().getFullYear()));
  const [audience, setAudience] = useState<string>(survey?.audience ?? 'officials');
  const [anonymous, setAnonymous] = useState(survey?.isAnonymous ?? true);
  const [targets, setTargets] = useState<PickedUnit[]>(survey?.targetUnits ?? []);
  const [previousId, setPreviousId] = useState(survey?.previousSurvey?.id ?? '');
  const [questions, setQuestions] = useState<Draft[]>(survey ? survey.questions.map(toDraft) : [newQuestion()]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const change = (i: number, patch: Partial<Draft>) => setQuestions((qs) => qs.map((q, k) => (k === i ? { ...q, ...patch } : q)));

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('surveys.required', { label: t('surveys.field.title').toLowerCase() });
    questions.forEach((q, i) => {
      if (!q.text.trim()) found[`questions.${i}.text`] = t('surveys.required', { label: t('surveys.question.text').toLowerCase() });
    });
    setErrors(found);
    if (Object.keys(found).length) return;
    const body = {
      title: title.trim(), description: description.trim() || null, year: Number(year), audience: audience as (typeof SURVEY_AUDIENCES)[number], isAnonymous: anonymous,
      targetUnitIds: audience === 'officials' ? targets.map((u) => u.id) : [], previousSurveyId: previousId || null,
      questions: questions.map(({ optionsText: _o, ...q }) => ({ ...q, text: q.text.trim(), options: isChoice(q) ? optionsOf({ ...q, optionsText: _o }) : [] })),
      ...(survey ? { lockVersion: survey.lockVersion } : {}),
    };
    save.mutate(body, {
      onSuccess: (s) => void navigate(`/surveys/${s.id}`, { state: { flash: t('surveys.saved') } }),
      onError: (err) => {
        const issues = isApiError(err) ? ((err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? []) : [];
        if (issues.length) setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      },
    });
  }

  return (
    <div className="page">
      <PageHeader title={survey ? t('surveys.edit') : t('surveys.new')}>
        <nav aria-label={t('surveys.title')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/surveys">{t('surveys.title')}</Link>
            </li>
            <li aria-current="page">{survey ? survey.title : t('surveys.new')}</li>
          </ol>
        </nav>
      </PageHeader>
      <form className="form survey-builder" onSubmit={submit} noValidate>
        <section className="card">
          <TextField label={t('surveys.field.title')} required maxLength={300} value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
          <TextAreaField label={t('surveys.field.description')} rows={2} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
          <div className="survey-row">
            <TextField label={t('surveys.field.year')} required inputMode="numeric" maxLength={4} value={year} error={errors.year} onChange={(e) => setYear(e.target.value)} />
            <SelectField label={t('surveys.field.audience')} required value={audience} options={SURVEY_AUDIENCES.map((a) => ({ value: a, label: t(`surveys.audience.${a}`) }))} onChange={(e) => setAudience(e.target.value)} />
            <SelectField
              label={t('surveys.field.previous')}
              value={previousId}
              options={[{ value: '', label: t('surveys.field.none') }, ...(previousList.data?.items ?? []).filter((s) => s.id !== survey?.id).map((s) => ({ value: s.id, label: `${s.year} — ${s.title}` }))]}
              onChange={(e) => setPreviousId(e.target.value)}
            />
          </div>
          <CheckboxField label={t('surveys.field.anonymous')} checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {audience === 'officials' ? (
            <div className="field">
              {targets.length ? (
                <ul className="survey-targets">
                  {targets.map((u) => (
                    <li key={u.id}>
                      {u.name}{' '}
                      <Button size="sm" variant="ghost" type="button" aria-label={t('surveys.field.remove', { name: u.name })} onClick={() => setTargets(targets.filter((x) => x.id !== u.id))}>
                        ×
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
              <UnitPicker
                label={targets.length ? t('surveys.field.addTarget') : t('surveys.field.targets')}
                required={targets.length === 0}
                value={null}
                excludeIds={targets.map((u) => u.id)}
                error={errors.targetUnitIds}
                onChange={(u) => u && setTargets([...targets, u])}
              />
            </div>
          ) : null}
        </section>
        <h2 className="section-title">{t('surveys.questions')}</h2>
        <ol className="survey-questions">
          {questions.map((q, i) => {
            const earlier = questions.slice(0, i).map((x, k) => ({ x, k })).filter(({ x }) => isChoice(x));
            const conditionValue = q.showIf ? `${q.showIf.questionId}::${q.showIf.equals}` : '';
            return (
              <li key={q.id} className="card survey-question">
                <div className="survey-question-head">
                  <h3>{t('surveys.question.n', { n: i + 1 })}</h3>
                  <div>
                    {i > 0 ? (
                      <Button size="sm" variant="ghost" type="button" aria-label={t('surveys.question.up', { n: i + 1 })} onClick={() => setQuestions((qs) => qs.map((x, k) => (k === i - 1 ? qs[i]! : k === i ? qs[i - 1]! : x)))}>
                        ↑
                      </Button>
                    ) : null}
                    <Button size="sm" variant="ghost" type="button" aria-label={t('surveys.question.remove', { n: i + 1 })} onClick={() => setQuestions((qs) => qs.filter((_, k) => k !== i))}>
                      ×
                    </Button>
                  </div>
                </div>
                <TextField label={t('surveys.question.text')} required maxLength={500} value={q.text} error={errors[`questions.${i}.text`]} onChange={(e) => change(i, { text: e.target.value })} />
                <div className="survey-row">
                  <SelectField label={t('surveys.question.kind')} value={q.kind} options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))} onChange={(e) => change(i, { kind: e.target.value as Question['kind'] })} />
                  <SelectField
                    label={t('surveys.question.condition')}
                    value={conditionValue}
                    error={errors[`questions.${i}.showIf`]}
                    options={[
                      { value: '', label: t('surveys.question.always') },
                      ...earlier.flatMap(({ x, k }) => optionsOf(x).map((o) => ({ value: `${x.id}::${o}`, label: t('surveys.question.when', { n: k + 1, option: o }) }))),
                    ]}
                    onChange={(e) => {
                      const [questionId, equals] = e.target.value.split('::');
                      change(i, { showIf: e.target.value ? { questionId: questionId!, equals: equals! } : null });
                    }}
                  />
                </div>
                {isChoice(q) ? (
                  <TextAreaField label={t('surveys.question.options')} rows={3} value={q.optionsText} error={errors[`questions.${i}.options`]} onChange={(e) => change(i, { optionsText: e.target.value })} />
                ) : null}
                <CheckboxField label={t('surveys.question.required')} checked={q.required} onChange={(e) => change(i, { required: e.target.checked })} />
              </li>
            );
          })}
        </ol>
        <div className="form-actions">
          <Button type="button" onClick={() => setQuestions([...questions, newQuestion()])}>
            {t('surveys.question.add')}
          </Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('surveys.save')}
          </Button>
        </div>
        {save.error && !Object.keys(errors).length ? <ErrorAlert error={save.error} /> : null}
      </form>
    </div>
  );
}

export function SurveyBuilderPage() {
  const { id } = useParams();
  const query = useSurvey(id);
  if (!id) return <Builder survey={null} />;
  return <QueryState query={query}>{(s) => <Builder survey={s} />}</QueryState>;
}
