import { NavLink } from 'react-router';
import { useT } from '../../../lib/i18n.tsx';

export function TrainingsTabs() {
  const t = useT();
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'trainings-tab active' : 'trainings-tab');
  return (
    <nav className="trainings-tabs" aria-label={t('trainings.tabs.label')}>
      <NavLink to="/trainings" end className={cls}>
        {t('trainings.tabs.classes')}
      </NavLink>
      <NavLink to="/trainings/courses" className={cls}>
        {t('trainings.tabs.courses')}
      </NavLink>
    </nav>
  );
}
