import { NavLink } from 'react-router';
import { useCan } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';

export function InspectionsTabs() {
  const t = useT();
  const canAssess = useCan('assessment:read');
  const canFeedback = useCan('feedback:read');
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'insp-tab active' : 'insp-tab');
  return (
    <nav className="insp-tabs" aria-label={t('insp.tabs.label')}>
      <NavLink to="/inspections" end className={cls}>{t('insp.tabs.plans')}</NavLink>
      <NavLink to="/inspections/recommendations" className={cls}>{t('insp.tabs.recs')}</NavLink>
      {canAssess ? <NavLink to="/inspections/assessments" className={cls}>{t('insp.tabs.assessments')}</NavLink> : null}
      {canAssess ? <NavLink to="/inspections/criteria" className={cls}>{t('insp.tabs.criteria')}</NavLink> : null}
      {canFeedback ? <NavLink to="/inspections/feedback" className={cls}>{t('insp.tabs.feedback')}</NavLink> : null}
    </nav>
  );
}
