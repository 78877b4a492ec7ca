import type { ContentStatus } from '@lantoa/contracts/content';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../lib/i18n.tsx';

const TONES: Record<ContentStatus, BadgeTone> = { draft: 'neutral', review: 'amber', scheduled: 'purple', published: 'green', archived: 'neutral' };

export function ContentStatusBadge({ status }: { status: ContentStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`content.status.${status}`)}</Badge>;
}
