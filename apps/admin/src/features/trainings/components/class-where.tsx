import { useT } from '../../../lib/i18n.tsx';

/** "Trực tuyến", the place, or both. */
export function ClassWhere({ isOnline, place }: { isOnline: boolean; place: string | null }) {
  const t = useT();
  if (!isOnline) return <>{place ?? ''}</>;
  return <>{place ? t('trainings.onlineAnd', { place }) : t('trainings.online')}</>;
}
