import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useT } from '../../../lib/i18n.tsx';

/**
 * Asks before leaving the report (another year, another screen, closing the tab) while the
 * narrative has unsaved changes: it takes long to write, and phones lose pages easily.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const t = useT();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('programmeReport.unsaved.title')}
      tone="danger"
      confirmLabel={t('programmeReport.unsaved.leave')}
      cancelLabel={t('programmeReport.unsaved.stay')}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>{t('programmeReport.unsaved.body')}</p>
    </ConfirmDialog>
  );
}
