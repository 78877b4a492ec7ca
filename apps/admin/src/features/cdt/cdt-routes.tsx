import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './cdt.css';
import { TeamImportPage } from './components/import-page.tsx';
import { SummaryPage } from './components/summary-page.tsx';
import { SupportLogPage } from './components/support-log-page.tsx';
import { TeamNewPage, TeamPage } from './components/team-page.tsx';
import { TeamsPage } from './components/teams-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The community digital-technology team screens, mounted under /admin/cdt/*. */
export default function CdtRoutes() {
  return (
    <Routes>
      <Route index element={<TeamsPage />} />
      <Route path="new" element={<TeamNewPage />} />
      <Route path="log" element={<SupportLogPage />} />
      <Route path="summary" element={<SummaryPage />} />
      <Route path="import" element={<TeamImportPage />} />
      <Route path=":id" element={<TeamPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
