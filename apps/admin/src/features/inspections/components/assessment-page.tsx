import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AssessmentView } from '@lantoa/contracts/inspections';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useAssessment, useAssessmentTransition, useSaveReview, useSaveSelf } from '../api.ts';
import { AssessmentStatusBadge, History } from './shared.tsx';

export function AssessmentPage() {
  const { id = '' } = useParams();
  const query = useAssessment(id);
  // Remount when the status moves so the inputs start from what was saved; saving keeps what is typed.
  return <QueryState query={query}>{(a) => <AssessmentBody key={`${a.id}-${a.status}`} a={a} />}</QueryState>;
}

type Row = { self: string; evidence: string; review: string; note: string };
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

function AssessmentBody({ a }: { a: AssessmentView }) {
  const t = useT();
  const saveSelf = useSaveSelf(a.id);
  const saveReview = useSaveReview(a.id);
  const move = useAssessmentTransition(a.id);
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(a.scores.map((s) => [s.criterionId, { self: s.selfScore?.toString() ?? '', evidence: s.evidence ?? '', review: s.reviewScore?.toString() ?? '', note: s.reviewNote ?? '' }])),
  );
  const [summary, setSummary] = useState(a.summary ?? '');
  const [reviewComment, setReviewComment] = useState(a.reviewComment ?? '');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const set = (id: string, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...r[id]!, ...patch } }));

  function check(field: 'self' | 'review'): FieldErrors {
    const out: FieldErrors = {};
    a.scores.forEach((s, i) => {
      const v = num(rows[s.criterionId]![field]);
      const path = `scores.${i}.${field === 'self' ? 'selfScore' : 'reviewScore'}`;
      if (v !== null && (Number.isNaN(v) || v < 0)) out[path] = t('insp.v.score');
      else if (v !== null && v > s.maxPoints) out[path] = t('insp.v.scoreMax', { code: s.code, max: formatNumber(s.maxPoints) });
    });
    return out;
  }
  /** Saves what is typed; the new version to act on, or null when refused. */
  async function save(): Promise<number | null> {
    setSaved(false);
    const local = check(a.canReview ? 'review' : 'self');
    setErrors(local);
    if (Object.keys(local).length) return null;
    try {
      if (a.canReview) {
        return await saveReview.mutateAsync({ reviewComment: reviewComment.trim() || null, lockVersion: a.lockVersion, scores: a.scores.map((s) => ({ criterionId: s.criterionId, reviewScore: num(rows[s.criterionId]!.review), reviewNote: rows[s.criterionId]!.note.trim() || null })) }).then((r) => r.lockVersion);
      } else {
        return await saveSelf.mutateAsync({ summary: summary.trim() || null, lockVersion: a.lockVersion, scores: a.scores.map((s) => ({ criterionId: s.criterionId, selfScore: num(rows[s.criterionId]!.self), evidence: rows[s.criterionId]!.evidence.trim() || null })) }).then((r) => r.lockVersion);
      }
    } catch (err) {
      setErrors(serverFieldErrors(err));
      return null;
    }
  }
  async function saveOnly() {
    const v = await save();
    if (v !== null) setSaved(true);
  }
  async function act(action: string, lockVersion: number | null = a.lockVersion) {
    if (lockVersion === null) return;
    if (action === 'return' && !comment.trim()) return setErrors({ comment: t('insp.v.reason') });
    try {
      await move.mutateAsync({ action, comment: comment.trim() || null, lockVersion });
    } catch (err) {
      setErrors(serverFieldErrors(err));
    }
  }
  const editing = a.canEdit || a.canReview;
  const selfTotal = a.scores.reduce((sum, s) => sum + (num(rows[s.criterionId]!.self) ?? 0), 0);
  const reviewTotal = a.scores.reduce((sum, s) => sum + (num(rows[s.criterionId]!.review) ?? 0), 0);
  const writeError = saveSelf.error ?? saveReview.error ?? move.error;

  return (
    <div className="page">
      <PageHeader title={t('insp.assess.detailTitle', { unit: a.unitName ?? '', year: a.year })} subtitle={<AssessmentStatusBadge status={a.status} />}>
        <Link to="/inspections/assessments">{t('insp.assess.back')}</Link>
      </PageHeader>
      {a.reviewComment && !a.canReview ? <Alert tone={a.status === 'returned' ? 'warning' : 'info'}>{t('insp.assess.reviewComment')}: {a.reviewComment}</Alert> : null}
      <div className="insp-two">
        <section className="card insp-stack" aria-labelledby="insp-scores">
          <h2 className="section-title" id="insp-scores">{t('insp.assess.criteria')}</h2>
          <p className="insp-total" aria-live="polite">
            {t('insp.assess.selfTotal', { n: formatNumber(selfTotal), max: formatNumber(a.maxTotal) })}
            {a.status !== 'draft' && a.status !== 'returned' ? <> · {t('insp.assess.reviewTotal', { n: formatNumber(reviewTotal) })}</> : null}
          </p>
          {a.scores.length === 0 ? <p className="muted">{t('insp.assess.noCriteria')}</p> : null}
          <div className="insp-scores">
            {a.scores.map((s, i) => {
              const r = rows[s.criterionId]!;
              return (
                <div key={s.criterionId} className="insp-score" role="group" aria-label={`${s.code}. ${s.title}`}>
                  <div className="insp-score-head"><span>{s.code}. {s.title}</span><span className="nowrap">{t('insp.assess.max', { n: formatNumber(s.maxPoints) })}</span></div>
                  {a.canEdit ? (
                    <div className="insp-score-fields">
                      <TextField label={t('insp.assess.selfScore', { code: s.code })} inputMode="decimal" value={r.self} error={errors[`scores.${i}.selfScore`]} onChange={(e) => set(s.criterionId, { self: e.target.value })} />
                      <TextAreaField label={t('insp.assess.evidence', { code: s.code })} rows={2} value={r.evidence} onChange={(e) => set(s.criterionId, { evidence: e.target.value })} />
                    </div>
                  ) : (
                    <p>{t('insp.assess.selfShort')}: <strong>{s.selfScore === null ? "—" : formatNumber(s.selfScore)}</strong>{s.evidence ? <> — <span className="insp-pre">{s.evidence}</span></> : null}</p>
                  )}
                  {a.canReview ? (
                    <div className="insp-score-fields">
                      <TextField label={t('insp.assess.reviewScore', { code: s.code })} inputMode="decimal" value={r.review} error={errors[`scores.${i}.reviewScore`]} onChange={(e) => set(s.criterionId, { review: e.target.value })} />
                      <TextField label={t('insp.assess.reviewNote', { code: s.code })} value={r.note} onChange={(e) => set(s.criterionId, { note: e.target.value })} />
                    </div>
                  ) : s.reviewScore !== null ? (
                    <p>{t('insp.assess.reviewShort')}: <strong>{formatNumber(s.reviewScore)}</strong>{s.reviewNote ? ` — ${s.reviewNote}` : ''}</p>
                  ) : null}
                </div>
              );
            })}
          </div>
          {a.canEdit ? <TextAreaField label={t('insp.assess.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} /> : a.summary ? <p className="insp-pre">{a.summary}</p> : null}
          {a.canReview ? <TextAreaField label={t('insp.assess.reviewComment')} value={reviewComment} onChange={(e) => setReviewComment(e.target.value)} /> : null}
          {errors.scores ? <Alert tone="error">{errors.scores}</Alert> : writeError && !Object.keys(errors).length ? <ErrorAlert error={writeError} /> : null}
          {saved ? <Alert tone="success">{t('insp.saved')}</Alert> : null}
          {editing || a.actions.length ? (
            <div className="insp-actions">
              {editing ? <Button onClick={() => void saveOnly()} busy={saveSelf.isPending || saveReview.isPending}>{t('common.save')}</Button> : null}
              {a.actions.includes('submit') ? <Button variant="primary" busy={move.isPending} onClick={() => void (async () => act('submit', await save()))()}>{t('insp.assess.do.submit')}</Button> : null}
            </div>
          ) : null}
          {a.actions.includes('accept') || a.actions.includes('return') ? (
            <div className="insp-stack">
              <TextAreaField label={t('insp.assess.returnReason')} rows={2} value={comment} error={errors.comment} onChange={(e) => setComment(e.target.value)} />
              <div className="insp-actions">
                <Button variant="primary" busy={move.isPending} onClick={() => void (async () => act('accept', await save()))()}>{t('insp.assess.do.accept')}</Button>
                <Button busy={move.isPending} onClick={() => void act('return')}>{t('insp.assess.do.return')}</Button>
              </div>
            </div>
          ) : null}
        </section>
        <aside className="card insp-stack" aria-labelledby="insp-plan">
          <h2 className="section-title" id="insp-plan">{t('insp.assess.plan', { year: a.year })}</h2>
          {a.plan ? (
            <>
              <p><Link to={`/plans/${a.plan.id}`}>{a.plan.title}</Link></p>
              <ol className="insp-history">
                {a.plan.activities.map((x, i) => (
                  <li key={i}>
                    {x.title} <span className="muted">({t('insp.assess.taskArea', { n: x.taskAreaNumber })}{x.periodEnd ? `, ${t('insp.deadline')} ${formatDate(x.periodEnd)}` : ''}{x.outputQuantity !== null ? `, ${formatNumber(x.outputQuantity)} ${x.outputUnit ?? ''}` : ''})</span>
                  </li>
                ))}
              </ol>
            </>
          ) : <p className="muted">{t('insp.assess.noPlan')}</p>}
        </aside>
      </div>
      <History items={a.history} />
    </div>
  );
}
