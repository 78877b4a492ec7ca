import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../lib/i18n.tsx';
import type { IndicatorStatus } from '../indicator-format.ts';

const TONES: Record<IndicatorStatus, BadgeTone> = {
  met: 'green',
  behind: 'red',
  noTarget: 'neutral',
  noData: 'neutral',
};

export function IndicatorStatusBadge({ status, year }: { status: IndicatorStatus; year: number }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`dashboard.status.${status}`, { year })}</Badge>;
}
