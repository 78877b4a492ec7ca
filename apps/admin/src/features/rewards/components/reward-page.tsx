import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { RewardAction, RewardView } from '@lantoa/contracts/rewards';
import { Button } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useReward, useTransitionReward } from '../api/rewards.ts';
import { RewardStatusBadge } from './rewards-page.tsx';

function Step({ reward, action, onClose }: { reward: RewardView; action: RewardAction; onClose: () => void }) {
  const t = useT();
  const transition = useTransitionReward(reward.id);
  const [comment, setComment] = useState('');
  const [no, setNo] = useState('');
  const [date, setDate] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    transition.mutate({ action, lockVersion: reward.lockVersion, comment: comment.trim() || null, decisionNo: no.trim() || null, decisionDate: date || null }, { onSuccess: onClose });
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t(`rewards.action.${action}`)}>
      <h3>{t(`rewards.action.${action}`)}</h3>
      {action === 'award' ? (
        <>
          <TextField label={t('rewards.field.decisionNo')} required maxLength={100} value={no} onChange={(e) => setNo(e.target.value)} />
          <DatePicker label={t('rewards.field.decisionDate')} required value={date} onChange={setDate} />
        </>
      ) : null}
      <TextAreaField label={t('rewards.field.reason')} required={action === 'reject'} rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      {transition.error ? <ErrorAlert error={transition.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant={action === 'reject' ? 'danger' : 'primary'} busy={transition.isPending}>
          {t('rewards.action.submit')}
        </Button>
        <Button type="button" variant="ghost" onClick={onClose}>
          {t('rewards.action.cancel')}
        </Button>
      </div>
    </form>
  );
}

function Detail({ reward }: { reward: RewardView }) {
  const t = useT();
  const [action, setAction] = useState<RewardAction | null>(null);
  return (
    <div className="page">
      <PageHeader
        title={reward.nominee}
        subtitle={
          <span className="badges">
            <RewardStatusBadge status={reward.status} />
            <span className="muted">
              {reward.award} · {t(`rewards.kind.${reward.kind}`)} · {reward.unitName} · {reward.year}
            </span>
          </span>
        }
      >
        <nav aria-label={t('rewards.title')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/rewards">{t('rewards.title')}</Link>
            </li>
            <li aria-current="page">{reward.nominee}</li>
          </ol>
        </nav>
      </PageHeader>
      <section className="card">
        <dl className="reward-facts">
          <dt>{t('rewards.field.achievements')}</dt>
          <dd>{reward.achievements}</dd>
          {reward.decisionNo ? (
            <>
              <dt>{t('rewards.status.awarded')}</dt>
              <dd>{t('rewards.decision', { no: reward.decisionNo, date: formatDate(reward.decisionDate) })}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="reward-evidence">
        <h2 id="reward-evidence">{t('rewards.field.evidence')}</h2>
        <ul className="reward-evidence">
          {reward.evidence.map((e) => (
            <li key={`${e.kind}:${e.ref}`}>
              <span className="muted">{t(`rewards.evidence.${e.kind}`)}:</span> {e.link ? <Link to={e.link.replace(/^\/admin/, '')}>{e.label}</Link> : e.label}
            </li>
          ))}
        </ul>
      </section>
      {reward.actions.length ? (
        <section className="card">
          {action ? (
            <Step key={action} reward={reward} action={action} onClose={() => setAction(null)} />
          ) : (
            <div className="reward-actions">
              {reward.actions.map((a) => (
                <Button key={a} variant={a === 'reject' ? 'danger' : 'primary'} onClick={() => setAction(a)}>
                  {t(`rewards.action.${a}`)}
                </Button>
              ))}
            </div>
          )}
        </section>
      ) : null}
      <section className="card">
        <h2>{t('rewards.history')}</h2>
        <ol>
          {reward.history.map((h, i) => (
            <li key={i}>
              <strong>{t(`rewards.action.${h.action}`)}</strong> <span className="muted">{formatDateTime(h.at)}</span>
              {h.actorName ? ` · ${h.actorName}` : ''}
              {h.comment ? <div>{h.comment}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function RewardPage() {
  const { id = '' } = useParams();
  const query = useReward(id);
  return <QueryState query={query}>{(r) => <Detail reward={r} />}</QueryState>;
}
