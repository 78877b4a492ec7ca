import { NavLink } from 'react-router';
import { hasPermission, useMe } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';

/** Those who follow every unit's plan (the standing agency, leaders) also get the status board. */
export function useCanSeeBoard(): boolean {
  const me = useMe();
  return hasPermission(me, 'plan:review') || hasPermission(me, 'budget:approve');
}

export function PlansTabs({ year }: { year: number }) {
  const t = useT();
  const canSeeBoard = useCanSeeBoard();
  if (!canSeeBoard) return null;
  return (
    <nav className="plans-tabs" aria-label={t('plans.tabs.label')}>
      <NavLink
        to={`/plans?year=${year}`}
        end
        className={({ isActive }) => (isActive ? 'plans-tab active' : 'plans-tab')}
      >
        {t('plans.tabs.list')}
      </NavLink>
      <NavLink
        to={`/plans/board?year=${year}`}
        className={({ isActive }) => (isActive ? 'plans-tab active' : 'plans-tab')}
      >
        {t('plans.tabs.board')}
      </NavLink>
    </nav>
  );
}
