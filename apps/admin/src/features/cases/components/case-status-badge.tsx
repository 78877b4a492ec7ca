import type { CaseStatus } from '@lantoa/contracts/cases';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../lib/i18n.tsx';

const TONES: Record<CaseStatus, BadgeTone> = {
  received: 'amber',
  triaged: 'blue',
  verified: 'blue',
  assigned: 'purple',
  responded: 'green',
  referred: 'purple',
  closed: 'green',
  dismissed: 'neutral',
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`cases.status.${status}`)}</Badge>;
}

export function OverdueBadge() {
  const t = useT();
  return <Badge tone="red">{t('cases.overdue')}</Badge>;
}
