import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { userKeys } from '../api/keys.ts';

const NO_OPTIONS = {};

/** Accounts from a spreadsheet, matched by username: new ones are created, known ones updated. */
export function UserImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: userKeys.all }), [queryClient]);
  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('userImport.title')}
        subtitle={t('userImport.subtitle')}
        actions={<ButtonLink to="/users">{t('userImport.back')}</ButtonLink>}
      />
      <ImportPanel kind="users" options={NO_OPTIONS} onApplied={refresh}>
        <p className="muted">{t('userImport.passwordNote')}</p>
      </ImportPanel>
    </div>
  );
}
