import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './difficulties.css';
import { DifficultiesPage } from './components/difficulties-page.tsx';
import { DifficultyNewPage } from './components/difficulty-new-page.tsx';
import { DifficultyPage } from './components/difficulty-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The difficulties screens, mounted under /admin/difficulties/*. */
export default function DifficultiesRoutes() {
  return (
    <Routes>
      <Route index element={<DifficultiesPage />} />
      <Route path="new" element={<DifficultyNewPage />} />
      <Route path=":id" element={<DifficultyPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
