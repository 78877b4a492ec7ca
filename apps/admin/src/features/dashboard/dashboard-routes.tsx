import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Alert } from '../../components/ui/error-alert.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useCan } from '../../lib/auth.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './dashboard.css';
import { DashboardPage } from './components/dashboard-page.tsx';
import { IndicatorDetailPage } from './components/indicator-detail-page.tsx';
import { IndicatorEditPage } from './components/indicator-edit-page.tsx';
import { IndicatorSettingsPage } from './components/indicator-settings-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** Indicator settings are the standing agency's. */
function RequireManage({ children }: { children: ReactNode }) {
  const t = useT();
  if (!useCan('report:manage')) {
    return (
      <Alert tone="warning">
        <p>{t('error.FORBIDDEN')}</p>
      </Alert>
    );
  }
  return <>{children}</>;
}

/** The indicator dashboard, mounted under /admin/dashboard/*. */
export default function DashboardRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route
        path="indicators"
        element={
          <RequireManage>
            <IndicatorSettingsPage />
          </RequireManage>
        }
      />
      <Route
        path="indicators/:id"
        element={
          <RequireManage>
            <IndicatorEditPage />
          </RequireManage>
        }
      />
      <Route path=":code" element={<IndicatorDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
