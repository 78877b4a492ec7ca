import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { schoolKeys } from '../api/keys.ts';

const NO_OPTIONS = {};

/** Schools from a spreadsheet in the export's format, matched by name within their commune. */
export function SchoolImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: schoolKeys.all }), [queryClient]);
  return (
    <div className="page">
      <PageHeader title={t('schools.import.title')} subtitle={t('schools.import.subtitle')} actions={<ButtonLink to="/schools">{t('schools.back')}</ButtonLink>} />
      <ImportPanel kind="schools" options={NO_OPTIONS} onApplied={refresh} />
    </div>
  );
}
