import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './trainings.css';
import { ClassEditPage, ClassNewPage } from './components/class-form-page.tsx';
import { ClassPage } from './components/class-page.tsx';
import { ClassesPage } from './components/classes-page.tsx';
import { CoursesPage } from './components/courses-page.tsx';
import { ParticipantImportPage } from './components/participant-import-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The trainings register, mounted under /admin/trainings/*. */
export default function TrainingsRoutes() {
  return (
    <Routes>
      <Route index element={<ClassesPage />} />
      <Route path="courses" element={<CoursesPage />} />
      <Route path="new" element={<ClassNewPage />} />
      <Route path=":id" element={<ClassPage />} />
      <Route path=":id/edit" element={<ClassEditPage />} />
      <Route path=":id/import" element={<ParticipantImportPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
