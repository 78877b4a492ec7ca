import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './jobs.css';
import { JobPage } from './components/job-page.tsx';
import { JobsPage } from './components/jobs-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('jobs.notFound')} />;
}

/** The background-job screens, mounted under /admin/jobs/*. */
export default function JobsRoutes() {
  return (
    <Routes>
      <Route index element={<JobsPage />} />
      <Route path=":id" element={<JobPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
