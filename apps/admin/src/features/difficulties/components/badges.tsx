import type { DifficultySeverity, DifficultyStatus } from '@lantoa/contracts/difficulties';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../lib/i18n.tsx';

const STATUS_TONES: Record<DifficultyStatus, BadgeTone> = { reported: 'amber', coordinating: 'blue', escalated: 'purple', directed: 'purple', resolved: 'green' };
const SEVERITY_TONES: Record<DifficultySeverity, BadgeTone> = { low: 'neutral', medium: 'blue', high: 'amber', critical: 'red' };

export function DifficultyStatusBadge({ status }: { status: DifficultyStatus }) {
  const t = useT();
  return <Badge tone={STATUS_TONES[status]}>{t(`difficulties.status.${status}`)}</Badge>;
}

export function SeverityBadge({ severity }: { severity: DifficultySeverity }) {
  const t = useT();
  return <Badge tone={SEVERITY_TONES[severity]}>{t(`difficulties.severity.${severity}`)}</Badge>;
}
