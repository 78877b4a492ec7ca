import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../app/require-permission.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './schools.css';
import { SessionImportPage } from './components/session-import-page.tsx';
import { SchoolImportPage } from './components/school-import-page.tsx';
import { SchoolNewPage } from './components/school-new-page.tsx';
import { SchoolPage } from './components/school-page.tsx';
import { SchoolsPage } from './components/schools-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The schools register's screens, mounted under /admin/schools/*. */
export default function SchoolsRoutes() {
  return (
    <Routes>
      <Route index element={<SchoolsPage />} />
      <Route
        path="new"
        element={
          <RequirePermission permission="school:manage">
            <SchoolNewPage />
          </RequirePermission>
        }
      />
      <Route
        path="import"
        element={
          <RequirePermission permission="school:manage">
            <SchoolImportPage />
          </RequirePermission>
        }
      />
      <Route
        path="sessions/import"
        element={
          <RequirePermission permission="school:manage">
            <SessionImportPage />
          </RequirePermission>
        }
      />
      <Route path=":id" element={<SchoolPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
