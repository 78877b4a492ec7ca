import type { ProgrammeStatus } from '@lantoa/contracts/programme';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../lib/i18n.tsx';

const TONES: Record<ProgrammeStatus, BadgeTone> = { draft: 'amber', active: 'green', closed: 'neutral' };

export function StatusBadge({ status }: { status: ProgrammeStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`programme.status.${status}`)}</Badge>;
}
