import type { ReactNode } from 'react';
import type { Permission } from '@lantoa/contracts/access';
import { Alert } from '../components/ui/error-alert.tsx';
import { useCan } from '../lib/auth.tsx';
import { useT } from '../lib/i18n.tsx';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const t = useT();
  const allowed = useCan(permission);
  if (!allowed) {
    return (
      <Alert tone="warning">
        <p>{t('error.FORBIDDEN')}</p>
      </Alert>
    );
  }
  return <>{children}</>;
}
