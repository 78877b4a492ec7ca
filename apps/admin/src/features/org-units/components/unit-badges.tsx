import { UNIT_TYPE_GROUP, type UnitGroup, type UnitType } from '@lantoa/contracts/org-units';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';

const GROUP_TONE: Record<UnitGroup, BadgeTone> = {
  locality: 'blue',
  department: 'purple',
  mass_organisation: 'green',
  press: 'amber',
  school: 'green',
  cdt_team: 'blue',
  other: 'neutral',
};

export function UnitTypeBadge({ type }: { type: UnitType }) {
  const t = useT();
  return <Badge tone={GROUP_TONE[UNIT_TYPE_GROUP[type]]}>{t(`unitType.${type}`)}</Badge>;
}

export function UncertainBadge() {
  const t = useT();
  return (
    <Badge tone="amber" title={t('unit.uncertainHint')}>
      {t('unit.uncertain')}
    </Badge>
  );
}

/** validTo is the last day the version holds (inclusive). */
export function isClosed(validTo: string | null, today: string = todayIso()): boolean {
  return validTo !== null && validTo < today;
}

/** Red once the unit no longer exists; amber while its end is decided but not yet reached. */
export function ClosedBadge({ validTo }: { validTo: string | null }) {
  const t = useT();
  if (validTo === null) return null;
  if (!isClosed(validTo)) return <Badge tone="amber">{t('unit.endsOn', { date: formatDate(validTo) })}</Badge>;
  return <Badge tone="red">{t('unit.closedOn', { date: formatDate(validTo) })}</Badge>;
}

/** "01/01/2020 – 31/12/2024", with "không rõ" and "nay" for open ends. */
export function useValidityText() {
  const t = useT();
  return (validFrom: string | null, validTo: string | null) =>
    `${validFrom ? formatDate(validFrom) : t('unit.unknownStart')} – ${validTo ? formatDate(validTo) : t('unit.present')}`;
}
