import { NavLink } from 'react-router';
import { useCan } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';

/** The press pages: channels, article counts per month, import. */
export function PressTabs() {
  const t = useT();
  const canManage = useCan('press:manage');
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'press-tab active' : 'press-tab');
  return (
    <nav className="press-tabs" aria-label={t('press.tabs.label')}>
      <NavLink to="/press" end className={cls}>
        {t('press.tabs.channels')}
      </NavLink>
      <NavLink to="/press/counts" className={cls}>
        {t('press.tabs.counts')}
      </NavLink>
      {canManage ? (
        <NavLink to="/press/import" className={cls}>
          {t('press.tabs.import')}
        </NavLink>
      ) : null}
    </nav>
  );
}
