import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useCan } from '../../lib/auth.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './models.css';
import { CriteriaPage } from './components/criteria-page.tsx';
import { ModelImportPage } from './components/model-import-page.tsx';
import { ModelNewPage } from './components/model-new-page.tsx';
import { ModelPage } from './components/model-page.tsx';
import { ModelsPage } from './components/models-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

function Propose({ children }: { children: ReactNode }) {
  return useCan('comm-model:propose') ? children : <NotFound />;
}

function Decide({ children }: { children: ReactNode }) {
  return useCan('comm-model:decide') ? children : <NotFound />;
}

/** The communication models register, mounted under /admin/models/*. */
export default function ModelsRoutes() {
  return (
    <Routes>
      <Route index element={<ModelsPage />} />
      <Route path="new" element={<Propose><ModelNewPage /></Propose>} />
      <Route path="import" element={<Propose><ModelImportPage /></Propose>} />
      <Route path="criteria" element={<Decide><CriteriaPage /></Decide>} />
      <Route path=":id" element={<ModelPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
