import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ui/error-alert.tsx';
import { FullPageLoading } from '../components/ui/spinner.tsx';
import { getSessionEndReason, useSession } from '../lib/auth.tsx';

export const CHANGE_PASSWORD_PATH = '/change-password';

/** Lets only a signed-in user through, and one who must change the password only to that page. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoading />;
  if (session.isError) {
    return (
      <main className="center-page">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  if (!session.data) {
    const params = new URLSearchParams();
    const reason = getSessionEndReason();
    const next = `${location.pathname}${location.search}`;
    // After a deliberate sign-out the next person starts at the home page, not where it happened.
    if (next !== '/' && reason !== 'LOGGED_OUT') params.set('next', next);
    if (reason) params.set('reason', reason);
    const qs = params.toString();
    return <Navigate to={`/login${qs ? `?${qs}` : ''}`} replace />;
  }
  if (session.data.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <Outlet />;
}
