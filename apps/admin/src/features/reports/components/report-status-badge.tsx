import type { ReportStatus } from '@lantoa/contracts/reporting';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../lib/i18n.tsx';

/** A report's state, or 'none' for a unit that has not entered the period at all. */
export type ReportState = ReportStatus | 'none';

const TONES: Record<ReportState, BadgeTone> = {
  none: 'red',
  draft: 'neutral',
  submitted: 'blue',
  approved: 'purple',
  accepted: 'green',
  returned: 'amber',
};

export function asReportState(s: string | null): ReportState {
  return s && s in TONES ? (s as ReportState) : 'none';
}

/** A short label in the badge; the long wording ("chờ lãnh đạo đơn vị duyệt") as its title. */
export function ReportStatusBadge({ status, noneLabel }: { status: ReportState; noneLabel?: string }) {
  const t = useT();
  return (
    <Badge tone={TONES[status]} title={t(`reports.statusLong.${status}`)}>
      {status === 'none' ? (noneLabel ?? t('reports.status.none')) : t(`reports.status.${status}`)}
    </Badge>
  );
}
