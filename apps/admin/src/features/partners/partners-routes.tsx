import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useCan } from '../../lib/auth.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './partners.css';
import { PartnerImportPage } from './components/partner-import-page.tsx';
import { PartnerNewPage } from './components/partner-new-page.tsx';
import { PartnerPage } from './components/partner-page.tsx';
import { PartnersPage } from './components/partners-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

function Manage({ children }: { children: ReactNode }) {
  return useCan('partner:manage') ? children : <NotFound />;
}

/** Partners and resources, mounted under /admin/partners/*. */
export default function PartnersRoutes() {
  return (
    <Routes>
      <Route index element={<PartnersPage />} />
      <Route path="new" element={<Manage><PartnerNewPage /></Manage>} />
      <Route path="import" element={<Manage><PartnerImportPage /></Manage>} />
      <Route path=":id" element={<PartnerPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
