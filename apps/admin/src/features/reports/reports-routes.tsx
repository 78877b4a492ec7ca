import { Route, Routes, useLocation } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './reports.css';
import { CompletenessPage } from './components/completeness-page.tsx';
import { ReportEntryPage } from './components/report-entry-page.tsx';
import { ReportsPage } from './components/reports-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** Another report (another unit or period) is another page: nothing typed or said carries over. */
function EntryRoute() {
  const { search } = useLocation();
  const q = new URLSearchParams(search);
  return <ReportEntryPage key={`${q.get('formId')}|${q.get('unitId')}|${q.get('period')}`} />;
}

/** The periodic-reporting screens, mounted under /admin/reports/*. */
export default function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
      <Route path="entry" element={<EntryRoute />} />
      <Route path="completeness" element={<CompletenessPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
