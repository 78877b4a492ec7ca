import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { NewPasswordSchema, PASSWORD_MIN_LENGTH } from '@lantoa/contracts/auth';
import type { UserView } from '@lantoa/contracts/users';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCan, useMe } from '../../../lib/auth.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { serverFieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useResetPassword } from '../api/reset-password.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { useUser } from '../api/get-user.ts';

function ResetPasswordForm({ user }: { user: UserView }) {
  const t = useT();
  const reset = useResetPassword(user.id);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = NewPasswordSchema.safeParse(password);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setConfirming(true);
  }

  return (
    <section className="card" aria-labelledby="reset-title">
      <h2 id="reset-title" className="section-title">
        {t('users.resetPassword')}
      </h2>
      {reset.isSuccess ? (
        <Alert tone="success">
          <p>{t('users.passwordReset')}</p>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t('users.newPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error}
          hint={t('users.resetPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        />
        {reset.isError ? <ErrorAlert error={reset.error} /> : null}
        <div className="form-actions">
          <Button type="submit" busy={reset.isPending}>
            {t('users.resetPasswordSubmit')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('users.resetPasswordConfirmTitle')}
        confirmLabel={t('users.resetPasswordSubmit')}
        busy={reset.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          reset.mutate(password, {
            onSuccess: () => {
              setConfirming(false);
              setPassword('');
            },
            onError: (err) => {
              setConfirming(false);
              setError(serverFieldErrors(err).newPassword);
            },
          })
        }
      >
        <p>{t('users.resetPasswordConfirm', { name: user.fullName })}</p>
      </ConfirmDialog>
    </section>
  );
}

function UserDetails({ user }: { user: UserView }) {
  const t = useT();
  const me = useMe();
  const canManage = useCan('user:manage');
  const [flash, clearFlash] = useFlash();
  const update = useUpdateUser(user.id);
  const [confirming, setConfirming] = useState(false);
  const isSelf = me.user.id === user.id;

  function toggleActive() {
    clearFlash();
    update.mutate(
      {
        fullName: user.fullName,
        email: user.email,
        phone: user.phone,
        unitId: user.unitId,
        isActive: !user.isActive,
        roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
        version: user.version,
      },
      { onSettled: () => setConfirming(false) },
    );
  }

  return (
    <>
      <PageHeader
        title={user.fullName}
        subtitle={
          <span className="badge-row">
            <span className="code">{user.username}</span>
            {user.isActive ? (
              <Badge tone="green">{t('user.active')}</Badge>
            ) : (
              <Badge tone="red">{t('user.inactive')}</Badge>
            )}
            {user.mustChangePassword ? <Badge tone="amber">{t('user.mustChangePassword')}</Badge> : null}
          </span>
        }
        actions={
          canManage ? (
            <>
              <ButtonLink to={`/users/${user.id}/edit`} variant="primary">
                {t('common.edit')}
              </ButtonLink>
              {!isSelf || !user.isActive ? (
                <Button variant={user.isActive ? 'danger' : 'secondary'} onClick={() => setConfirming(true)}>
                  {user.isActive ? t('users.deactivate') : t('users.activate')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      >
        <nav aria-label={t('unit.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/users">{t('users.title')}</Link>
            </li>
            <li aria-current="page">{user.fullName}</li>
          </ol>
        </nav>
      </PageHeader>
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
        </Alert>
      ) : null}
      {update.isSuccess ? (
        <Alert tone="success">
          <p>{t(user.isActive ? 'users.activated' : 'users.deactivated')}</p>
        </Alert>
      ) : null}
      {update.isError ? <ErrorAlert error={update.error} /> : null}
      <div className="grid-2">
        <section className="card" aria-labelledby="user-info">
          <h2 id="user-info" className="section-title">
            {t('user.account')}
          </h2>
          <dl className="details">
            <dt>{t('user.username')}</dt>
            <dd className="code">{user.username}</dd>
            <dt>{t('user.fullName')}</dt>
            <dd>{user.fullName}</dd>
            <dt>{t('user.email')}</dt>
            <dd>{user.email ?? '—'}</dd>
            <dt>{t('user.phone')}</dt>
            <dd>{user.phone ?? '—'}</dd>
            <dt>{t('user.workUnit')}</dt>
            <dd>{user.unitId ? <Link to={`/org-units/${user.unitId}`}>{user.unitName ?? user.unitId}</Link> : '—'}</dd>
            <dt>{t('user.lastLogin')}</dt>
            <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('user.never')}</dd>
            <dt>{t('user.createdAt')}</dt>
            <dd>{formatDateTime(user.createdAt)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="user-roles">
          <h2 id="user-roles" className="section-title">
            {t('user.roles')}
          </h2>
          {user.roles.length === 0 ? (
            <p className="muted">{t('user.noRoles')}</p>
          ) : (
            <ul className="role-list">
              {user.roles.map((r) => (
                <li key={r.id}>
                  <strong>{t(`role.${r.role}`)}</strong>
                  <span className="muted">
                    {' '}
                    — <Link to={`/org-units/${r.unitId}`}>{r.unitName}</Link>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {canManage ? <ResetPasswordForm user={user} /> : null}
      <ConfirmDialog
        open={confirming}
        title={user.isActive ? t('users.deactivateTitle') : t('users.activateTitle')}
        confirmLabel={user.isActive ? t('users.deactivate') : t('users.activate')}
        tone={user.isActive ? 'danger' : 'primary'}
        busy={update.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={toggleActive}
      >
        <p>{t(user.isActive ? 'users.deactivateConfirm' : 'users.activateConfirm', { name: user.fullName })}</p>
      </ConfirmDialog>
    </>
  );
}

export function UserPage() {
  const { id = '' } = useParams();
  const query = useUser(id);
  return (
    <div className="page">
      <QueryState query={query}>{(user) => <UserDetails key={user.id} user={user} />}</QueryState>
    </div>
  );
}
