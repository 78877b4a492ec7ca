import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';

const NO_OPTIONS = {};

/** Partners from a spreadsheet in the export's format; a file with any bad row writes nothing. */
export function PartnerImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: ['partners'] }), [queryClient]);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('partners.importTitle')} subtitle={t('partners.importSubtitle')} actions={<ButtonLink to="/partners">{t('partners.importBack')}</ButtonLink>} />
      <ImportPanel kind="partners" options={NO_OPTIONS} onApplied={refresh} />
    </div>
  );
}
