import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { schoolKeys } from '../api/keys.ts';

const NO_OPTIONS = {};

/** DX extracurricular sessions from a spreadsheet in the sessions export's format. */
export function SessionImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: schoolKeys.all }), [queryClient]);
  return (
    <div className="page">
      <PageHeader title={t('schools.importSessions.title')} subtitle={t('schools.importSessions.subtitle')} actions={<ButtonLink to="/schools">{t('schools.back')}</ButtonLink>} />
      <ImportPanel kind="school-sessions" options={NO_OPTIONS} onApplied={refresh} />
    </div>
  );
}
