import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './programme.css';
import { ProgrammeCreatePage } from './components/programme-create-page.tsx';
import { ProgrammeEditPage } from './components/programme-edit-page.tsx';
import { ProgrammePage } from './components/programme-page.tsx';
import { ProgrammesPage } from './components/programmes-page.tsx';
import { RequireManage } from './components/require-manage.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The programme screens, mounted under /admin/programme/*. */
export default function ProgrammeRoutes() {
  return (
    <Routes>
      <Route index element={<ProgrammesPage />} />
      <Route
        path="new"
        element={
          <RequireManage>
            <ProgrammeCreatePage />
          </RequireManage>
        }
      />
      <Route path=":id" element={<ProgrammePage />} />
      <Route
        path=":id/edit"
        element={
          <RequireManage>
            <ProgrammeEditPage />
          </RequireManage>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
