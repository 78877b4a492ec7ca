import { NavLink } from 'react-router';
import { useT } from '../../../lib/i18n.tsx';

export function EventsTabs() {
  const t = useT();
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'events-tab active' : 'events-tab');
  return (
    <nav className="events-tabs" aria-label={t('events.tabs.label')}>
      <NavLink to="/events" end className={cls}>
        {t('events.tabs.list')}
      </NavLink>
      <NavLink to="/events/calendar" className={cls}>
        {t('events.tabs.calendar')}
      </NavLink>
    </nav>
  );
}
