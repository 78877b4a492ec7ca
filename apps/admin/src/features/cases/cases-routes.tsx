import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './cases.css';
import { CasePage } from './components/case-page.tsx';
import { CaseNewPage } from './components/case-new-page.tsx';
import { CaseStatsPage } from './components/case-stats-page.tsx';
import { CasesPage } from './components/cases-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The misinformation screens, mounted under /admin/cases/*. */
export default function CasesRoutes() {
  return (
    <Routes>
      <Route index element={<CasesPage />} />
      <Route path="stats" element={<CaseStatsPage />} />
      <Route path="new" element={<CaseNewPage />} />
      <Route path=":id" element={<CasePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
