import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './plans.css';
import { PlanBoardPage } from './components/plan-board-page.tsx';
import { PlanNewPage } from './components/plan-new-page.tsx';
import { PlanPage } from './components/plan-page.tsx';
import { PlansPage } from './components/plans-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The annual plan screens, mounted under /admin/plans/*. */
export default function PlansRoutes() {
  return (
    <Routes>
      <Route index element={<PlansPage />} />
      <Route path="board" element={<PlanBoardPage />} />
      <Route path="new" element={<PlanNewPage />} />
      <Route path=":id" element={<PlanPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
