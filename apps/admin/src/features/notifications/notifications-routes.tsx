import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './notifications.css';
import { NotificationSettingsPage } from './components/notification-settings-page.tsx';
import { NotificationsPage } from './components/notifications-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('notifications.notFound')} />;
}

/** The inbox and its settings, mounted under /admin/notifications/*. */
export default function NotificationsRoutes() {
  return (
    <Routes>
      <Route index element={<NotificationsPage />} />
      <Route path="settings" element={<NotificationSettingsPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
