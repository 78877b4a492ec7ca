import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { eventKeys } from '../api/keys.ts';

const NO_OPTIONS = {};

/** Events from a spreadsheet in the export's format; a file with any bad row writes nothing. */
export function EventImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: eventKeys.all }), [queryClient]);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('events.importTitle')} subtitle={t('events.importSubtitle')} actions={<ButtonLink to="/events">{t('events.importBack')}</ButtonLink>} />
      <ImportPanel kind="events" options={NO_OPTIONS} onApplied={refresh} />
    </div>
  );
}
