import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../app/require-permission.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './press.css';
import { ArticleCountsPage } from './components/article-counts-page.tsx';
import { ChannelEditPage, ChannelNewPage } from './components/channel-form-page.tsx';
import { ChannelImportPage } from './components/channel-import-page.tsx';
import { ChannelPage } from './components/channel-page.tsx';
import { ChannelsPage } from './components/channels-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The press and portal screens, mounted under /admin/press/*. */
export default function PressRoutes() {
  return (
    <Routes>
      <Route index element={<ChannelsPage />} />
      <Route path="counts" element={<ArticleCountsPage />} />
      <Route path="new" element={<RequirePermission permission="press:manage"><ChannelNewPage /></RequirePermission>} />
      <Route path="import" element={<RequirePermission permission="press:manage"><ChannelImportPage /></RequirePermission>} />
      <Route path=":id" element={<ChannelPage />} />
      <Route path=":id/edit" element={<RequirePermission permission="press:manage"><ChannelEditPage /></RequirePermission>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
