import { NavLink } from 'react-router';
import { useCan } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';

const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'cdt-tab active' : 'cdt-tab');

/** The register's pages: teams, logging support (members and editors), summary, import (managers). */
export function CdtTabs() {
  const t = useT();
  const canLog = useCan('cdt:log');
  const canManage = useCan('cdt:manage');
  return (
    <nav className="cdt-tabs" aria-label={t('cdt.tabs.label')}>
      <NavLink to="/cdt" end className={cls}>
        {t('cdt.tabs.teams')}
      </NavLink>
      {canLog ? (
        <NavLink to="/cdt/log" className={cls}>
          {t('cdt.tabs.log')}
        </NavLink>
      ) : null}
      <NavLink to="/cdt/summary" className={cls}>
        {t('cdt.tabs.summary')}
      </NavLink>
      {canManage ? (
        <NavLink to="/cdt/import" className={cls}>
          {t('cdt.tabs.import')}
        </NavLink>
      ) : null}
    </nav>
  );
}
