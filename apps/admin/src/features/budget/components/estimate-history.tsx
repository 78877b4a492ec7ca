import type { EstimateView } from '@lantoa/contracts/plans';
import { formatDateTime } from '../../../lib/format.ts';
import { hasMessage, useT } from '../../../lib/i18n.tsx';

/** Each step taken on the estimate: who, when, and the reason of a return. */
export function EstimateHistory({ history }: { history: EstimateView['history'] }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="estimate-history">
      <h2 id="estimate-history" className="section-title">
        {t('budget.history.title')}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t('budget.history.empty')}</p>
      ) : (
        <ol className="timeline">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} className={i === history.length - 1 ? 'timeline-item current' : 'timeline-item'}>
              <p className="timeline-when">{formatDateTime(h.at)}</p>
              <p className="timeline-name">
                {hasMessage(`budget.action.${h.action}`) ? t(`budget.action.${h.action}`) : h.action}
                {h.actorName ? <span className="muted"> — {h.actorName}</span> : null}
              </p>
              {h.from !== h.to ? (
                <p className="timeline-meta muted">
                  {t('budget.history.moved', { status: t(`budget.status.${h.to}`) })}
                </p>
              ) : null}
              {h.comment ? <blockquote className="budget-quote">{h.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
