import type { ReactNode } from 'react';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';

/** Pages that change a programme: only for holders of programme:manage (the server checks again). */
export function RequireManage({ children }: { children: ReactNode }) {
  const t = useT();
  if (!useCan('programme:manage')) {
    return (
      <Alert tone="warning">
        <p>{t('error.FORBIDDEN')}</p>
      </Alert>
    );
  }
  return <>{children}</>;
}
