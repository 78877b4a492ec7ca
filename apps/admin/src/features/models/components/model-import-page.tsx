import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { modelKeys } from '../api/models-api.ts';

const NO_OPTIONS = {};

/** Model proposals from a spreadsheet in the export's format; a file with any bad row writes nothing. */
export function ModelImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: modelKeys.all }), [queryClient]);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('models.importTitle')} subtitle={t('models.importSubtitle')} actions={<ButtonLink to="/models">{t('models.importBack')}</ButtonLink>} />
      <ImportPanel kind="comm-models" options={NO_OPTIONS} onApplied={refresh} />
    </div>
  );
}
