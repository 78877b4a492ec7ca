import type { ReportView } from '@lantoa/contracts/reporting';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';

/**
 * Whether the form can be entered and until when. A lock is said in the server's own words
 * ("Đã hết thời hạn nhập (hạn nộp …)"), with the window's dates beside it.
 */
export function WindowInfo({ entry }: { entry: ReportView }) {
  const t = useT();
  const w = entry.window;
  if (entry.lockedReason) {
    const byWindow = !w.open;
    return (
      <div className="rpt-lock">
        <Alert tone="warning">
          <p className="alert-title">
            {byWindow ? t('reports.window.lockedTitle') : t('reports.window.statusLockedTitle')}
          </p>
          <p className="rpt-lock-reason">{entry.lockedReason}</p>
          {byWindow ? (
            <p>
              {t('reports.window.dates', {
                opens: formatDate(w.opens),
                closes: formatDate(w.closes),
                deadline: formatDate(w.deadline),
              })}
            </p>
          ) : null}
        </Alert>
      </div>
    );
  }
  if (!w.open) return null;
  return (
    <p className={w.late ? 'rpt-window rpt-window-late' : 'rpt-window'}>
      {t(w.late ? 'reports.window.openLate' : 'reports.window.open', {
        deadline: formatDate(w.deadline),
        closes: formatDate(w.closes),
      })}
    </p>
  );
}
