import type { PLAN_BOARD_STATUSES } from '@lantoa/contracts/plans';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../lib/i18n.tsx';

export type BoardStatus = (typeof PLAN_BOARD_STATUSES)[number];

export const STATUS_TONES: Record<BoardStatus, BadgeTone> = {
  none: 'neutral',
  draft: 'blue',
  submitted: 'purple',
  returned: 'red',
  accepted: 'green',
};

export function PlanStatusBadge({ status }: { status: BoardStatus }) {
  const t = useT();
  return <Badge tone={STATUS_TONES[status]}>{t(`plans.status.${status}`)}</Badge>;
}
