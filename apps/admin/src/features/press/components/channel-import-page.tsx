import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { pressKeys } from '../api/keys.ts';
import { PressTabs } from './press-tabs.tsx';

const NO_OPTIONS = {};

/** Channels from a spreadsheet in the export's format, matched by owner unit and channel name. */
export function ChannelImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: pressKeys.all }), [queryClient]);
  return (
    <div className="page">
      <PageHeader title={t('press.import.title')} subtitle={t('press.import.subtitle')} />
      <PressTabs />
      <ImportPanel kind="press-channels" options={NO_OPTIONS} onApplied={refresh} />
    </div>
  );
}
