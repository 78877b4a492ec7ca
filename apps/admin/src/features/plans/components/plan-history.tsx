import type { PlanView } from '@lantoa/contracts/plans';
import { formatDateTime } from '../../../lib/format.ts';
import { hasMessage, useT } from '../../../lib/i18n.tsx';
import { PlanStatusBadge, type BoardStatus } from './plan-status-badge.tsx';

const STATUSES = new Set(['none', 'draft', 'submitted', 'returned', 'accepted']);
const asStatus = (s: string | null) => (s && STATUSES.has(s) ? (s as BoardStatus) : null);

/** Who did what to the plan and when, with the reasons given; the latest step last. */
export function PlanHistory({ history }: { history: PlanView['history'] }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="plan-history">
      <h2 id="plan-history" className="section-title">
        {t('plans.history.title')}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t('plans.history.empty')}</p>
      ) : (
        <ol className="timeline">
          {history.map((h, i) => {
            const from = asStatus(h.from);
            const to = asStatus(h.to);
            return (
              <li key={`${h.at}-${i}`} className={i === history.length - 1 ? 'timeline-item current' : 'timeline-item'}>
                <p className="timeline-when">{formatDateTime(h.at)}</p>
                <p className="timeline-name">
                  {hasMessage(`plans.action.${h.action}`) ? t(`plans.action.${h.action}`) : h.action}
                  {h.actorName ? <span className="muted"> — {h.actorName}</span> : null}
                </p>
                {from !== to && to ? (
                  <p className="timeline-meta">
                    {from ? <PlanStatusBadge status={from} /> : null}
                    {from ? <span aria-hidden="true">→</span> : null}
                    <span className="visually-hidden">{t('plans.history.to')}</span>
                    <PlanStatusBadge status={to} />
                  </p>
                ) : null}
                {h.comment ? <blockquote className="plans-quote">{h.comment}</blockquote> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
