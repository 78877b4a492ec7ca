import type { ReportView } from '@lantoa/contracts/reporting';
import { formatDateTime } from '../../../lib/format.ts';
import { hasMessage, useT } from '../../../lib/i18n.tsx';
import { asReportState, ReportStatusBadge } from './report-status-badge.tsx';

/** Who did what to the report and when, with the reasons given; the latest step last. */
export function ReportHistory({ history }: { history: ReportView['history'] }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="report-history">
      <h2 id="report-history" className="section-title">
        {t('reports.history.title')}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t('reports.history.empty')}</p>
      ) : (
        <ol className="timeline">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} className={i === history.length - 1 ? 'timeline-item current' : 'timeline-item'}>
              <p className="timeline-when">{formatDateTime(h.at)}</p>
              <p className="timeline-name">
                {hasMessage(`reports.history.action.${h.action}`) ? t(`reports.history.action.${h.action}`) : h.action}
                {h.actorName ? <span className="muted"> — {h.actorName}</span> : null}
              </p>
              {h.from !== h.to ? (
                <p className="timeline-meta">
                  {h.from ? <ReportStatusBadge status={asReportState(h.from)} /> : null}
                  {h.from ? <span aria-hidden="true">→</span> : null}
                  <span className="visually-hidden">{t('reports.history.to')}</span>
                  <ReportStatusBadge status={asReportState(h.to)} />
                </p>
              ) : null}
              {h.comment ? <blockquote className="rpt-quote">{h.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
