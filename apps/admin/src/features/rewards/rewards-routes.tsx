import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './rewards.css';
import { RewardNewPage } from './components/reward-new-page.tsx';
import { RewardPage } from './components/reward-page.tsx';
import { RewardsPage } from './components/rewards-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The reward screens, mounted under /admin/rewards/*. */
export default function RewardsRoutes() {
  return (
    <Routes>
      <Route index element={<RewardsPage />} />
      <Route path="new" element={<RewardNewPage />} />
      <Route path=":id" element={<RewardPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
