import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { RecommendationView } from '@lantoa/contracts/inspections';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { serverFieldErrors } from '../../../lib/form.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useRecTransition, useReport, useRecommendation } from '../api.ts';
import { History, RecStatusBadge } from './shared.tsx';

export function RecommendationPage() {
  const { id = '' } = useParams();
  const query = useRecommendation(id);
  return <QueryState query={query}>{(r) => <RecView rec={r} />}</QueryState>;
}

function RecView({ rec }: { rec: RecommendationView }) {
  const t = useT();
  const report = useReport(rec.id);
  const move = useRecTransition(rec.id);
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();

  async function sendReport(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) return setBodyError(t('insp.v.report'));
    setBodyError(undefined);
    try {
      await report.mutateAsync({ body: body.trim(), lockVersion: rec.lockVersion });
      setBody('');
    } catch (err) {
      setBodyError(serverFieldErrors(err).body);
    }
  }
  async function act(action: string) {
    if (action === 'reopen' && !comment.trim()) return setCommentError(t('insp.v.reason'));
    setCommentError(undefined);
    try {
      await move.mutateAsync({ action, comment: comment.trim() || null, lockVersion: rec.lockVersion });
      setComment('');
    } catch (err) {
      setCommentError(serverFieldErrors(err).comment);
    }
  }
  const managerActions = rec.actions.filter((a) => a !== 'start');
  return (
    <div className="page">
      <PageHeader title={t('insp.rec.title')} subtitle={rec.responsibleUnitName ?? ''}>
        <Link to="/inspections/recommendations">{t('insp.recs.back')}</Link>
      </PageHeader>
      <section className="card">
        <p className="insp-pre"><strong>{rec.content}</strong></p>
        <dl className="insp-facts">
          <dt>{t('insp.col.status')}</dt><dd><RecStatusBadge status={rec.displayStatus} /></dd>
          <dt>{t('insp.deadline')}</dt><dd>{formatDate(rec.deadline)}</dd>
          <dt>{t('insp.rec.unit')}</dt><dd>{rec.responsibleUnitName}</dd>
          <dt>{t('insp.finding')}</dt><dd>{rec.findingContent}</dd>
          <dt>{t('insp.col.plan')}</dt><dd><Link to={`/inspections/plans/${rec.planId}`}>{rec.planTitle}</Link> ({rec.visitUnitName})</dd>
          {rec.closingNote ? <><dt>{t('insp.rec.closingNote')}</dt><dd>{rec.closingNote}</dd></> : null}
        </dl>
      </section>
      <section className="card insp-stack" aria-labelledby="insp-reports">
        <h2 className="section-title" id="insp-reports">{t('insp.rec.reports', { n: rec.reports.length })}</h2>
        {rec.reports.length === 0 ? <p className="muted">{t('insp.rec.noReports')}</p> : (
          <ol className="insp-history">
            {rec.reports.map((x) => <li key={x.id}><span className="muted">{x.reporterName}, {formatDateTime(x.at)}:</span> <span className="insp-pre">{x.body}</span></li>)}
          </ol>
        )}
        {rec.canReport ? (
          <form onSubmit={(e) => void sendReport(e)} noValidate className="insp-stack">
            <TextAreaField label={t('insp.rec.reportLabel')} required rows={3} value={body} error={bodyError} onChange={(e) => setBody(e.target.value)} />
            <div className="insp-actions"><Button type="submit" variant="primary" busy={report.isPending}>{t('insp.rec.sendReport')}</Button></div>
            {report.error && !bodyError ? <ErrorAlert error={report.error} /> : null}
          </form>
        ) : null}
      </section>
      {managerActions.length ? (
        <section className="card insp-stack" aria-labelledby="insp-close">
          <h2 className="section-title" id="insp-close">{t('insp.rec.decide')}</h2>
          <TextAreaField label={t('insp.rec.comment')} rows={2} value={comment} error={commentError} onChange={(e) => setComment(e.target.value)} />
          <div className="insp-actions">
            {managerActions.map((a) => (
              <Button key={a} variant={a === 'close' ? 'primary' : 'secondary'} busy={move.isPending} onClick={() => void act(a)}>{t(`insp.rec.do.${a}`)}</Button>
            ))}
          </div>
          {move.error && !commentError ? <ErrorAlert error={move.error} /> : null}
        </section>
      ) : null}
      <History items={rec.history} />
    </div>
  );
}
