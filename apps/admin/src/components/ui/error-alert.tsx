import type { ReactNode } from 'react';
import { isApiError } from '../../lib/api-client.ts';
import { useErrorText, useT } from '../../lib/i18n.tsx';
import { Button } from './button.tsx';

type ErrorAlertProps = {
  error: unknown;
  /** Offered as a "try again" button, for example a query's refetch. */
  onRetry?: () => void;
  title?: string;
};

/** A failed request, said in words, with the way out when there is one. */
export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const t = useT();
  const errorText = useErrorText();
  if (!error) return null;
  const conflict = isApiError(error, 'VERSION_CONFLICT');
  return (
    <div className="alert alert-error" role="alert">
      {title ? <p className="alert-title">{title}</p> : null}
      <p>{errorText(error)}</p>
      {conflict ? (
        <Button size="sm" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      ) : onRetry ? (
        <Button size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}

export function Alert({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
