import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { CdtTabs } from './cdt-tabs.tsx';

/** Teams and members from a spreadsheet in the export's format; every row error, then all or nothing. */
export function TeamImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  return (
    <div className="page">
      <PageHeader title={t('cdt.import.title')} subtitle={t('cdt.import.subtitle')} />
      <CdtTabs />
      <ImportPanel kind="cdt-teams" options={{}} onApplied={() => void queryClient.invalidateQueries({ queryKey: ['cdt'] })} />
    </div>
  );
}
