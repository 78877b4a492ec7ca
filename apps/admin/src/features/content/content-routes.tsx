import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './content.css';
import { ContentListPage } from './components/content-list-page.tsx';
import { ContentNewPage, ContentPage } from './components/content-page.tsx';
import { ContentUsagePage } from './components/usage-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The content library screens, mounted under /admin/content/*. */
export default function ContentRoutes() {
  return (
    <Routes>
      <Route index element={<ContentListPage />} />
      <Route path="new" element={<ContentNewPage />} />
      <Route path="usage" element={<ContentUsagePage />} />
      <Route path=":id" element={<ContentPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
