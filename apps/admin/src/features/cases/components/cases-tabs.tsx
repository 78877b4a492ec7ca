import { NavLink } from 'react-router';
import { useT } from '../../../lib/i18n.tsx';

export function CasesTabs() {
  const t = useT();
  return (
    <nav className="cases-tabs" aria-label={t('cases.tabs.label')}>
      <NavLink to="/cases" end className={({ isActive }) => (isActive ? 'cases-tab active' : 'cases-tab')}>
        {t('cases.tabs.list')}
      </NavLink>
      <NavLink to="/cases/stats" className={({ isActive }) => (isActive ? 'cases-tab active' : 'cases-tab')}>
        {t('cases.tabs.stats')}
      </NavLink>
    </nav>
  );
}
