import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ButtonLink } from '../../components/ui/button.tsx';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { useT } from '../../lib/i18n.tsx';

/** Shown when a page fails to render or its code fails to load (for example after a new release). */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : null;
  return (
    <main className="page center-page">
      <h1 className="page-title">{status === 404 ? t('notFound.title') : t('routeError.title')}</h1>
      <p>{status === 404 ? t('notFound.body') : t('routeError.body')}</p>
      {status === null && error instanceof Error && 'code' in error ? <ErrorAlert error={error} /> : null}
      <p className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
        <ButtonLink to="/" variant="primary">
          {t('auth.goHome')}
        </ButtonLink>
      </p>
    </main>
  );
}
