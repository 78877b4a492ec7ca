import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginBodySchema } from '@lantoa/contracts/auth';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { Logo } from '../../../components/logo.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useSession } from '../../../lib/auth.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useLogin } from '../api/login.ts';

/** Only paths inside the app: a crafted ?next= must not send anyone elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

const REASON_KEYS: Record<string, string> = {
  SESSION_EXPIRED: 'error.SESSION_EXPIRED',
  UNAUTHENTICATED: 'auth.sessionEnded',
  LOGGED_OUT: 'auth.loggedOut',
};

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const next = safeNext(params.get('next'));
  const reasonKey = REASON_KEYS[params.get('reason') ?? ''];

  useEffect(() => {
    document.title = `${t('auth.login')} — Lan Tỏa`;
  }, [t]);

  if (session.data && !login.isPending) return <Navigate to={next} replace />;

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(LoginBodySchema, { username, password });
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    login.mutate(checked.data, {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  return (
    <main className="login-page">
      <div className="login-card">
        <div className="login-brand">
          <Logo size={48} />
          <div>
            <p className="login-app-name">Lan Tỏa</p>
            <p className="login-tagline">{t('auth.tagline')}</p>
          </div>
        </div>
        <h1 className="login-title">{t('auth.login')}</h1>
        {reasonKey && !login.isError ? (
          <Alert tone={params.get('reason') === 'LOGGED_OUT' ? 'success' : 'info'}>
            <p>{t(reasonKey)}</p>
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate className="form">
          <TextField
            label={t('auth.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={errors.username}
          />
          <TextField
            label={t('auth.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
          />
          {login.isError ? <ErrorAlert error={login.error} /> : null}
          <Button type="submit" variant="primary" busy={login.isPending} className="btn-block">
            {t('auth.submit')}
          </Button>
        </form>
        <div className="login-footer">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
