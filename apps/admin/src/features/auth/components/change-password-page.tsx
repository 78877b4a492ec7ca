import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ChangePasswordBodySchema, PASSWORD_MIN_LENGTH } from '@lantoa/contracts/auth';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useMe } from '../../../lib/auth.tsx';
import { serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useChangePassword } from '../api/change-password.ts';

export function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const forced = me.user.mustChangePassword && !done;

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ChangePasswordBodySchema, { currentPassword, newPassword });
    const found: FieldErrors = checked.errors ?? {};
    if (!found.newPassword && newPassword === currentPassword && newPassword !== '')
      found.newPassword = t('auth.passwordSameAsCurrent');
    if (newPassword !== confirm) found.confirm = t('auth.passwordMismatch');
    if (Object.keys(found).length > 0 || !checked.data) {
      setErrors(found);
      return;
    }
    setErrors({});
    change.mutate(checked.data, {
      onSuccess: () => {
        setDone(true);
        setCurrentPassword('');
        setNewPassword('');
        setConfirm('');
      },
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  return (
    <div className="page page-narrow">
      <PageHeader title={t('auth.changePassword')} />
      {forced ? (
        <Alert tone="warning">
          <p>{t('auth.mustChangePassword')}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success">
          <p>{t('auth.passwordChanged')}</p>
          <Button size="sm" variant="primary" onClick={() => void navigate('/')}>
            {t('auth.goHome')}
          </Button>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate className="form card">
          <TextField
            label={t('auth.currentPassword')}
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
            error={errors.currentPassword}
          />
          <TextField
            label={t('auth.newPassword')}
            type="password"
            autoComplete="new-password"
            required
            hint={t('auth.passwordRule', { min: PASSWORD_MIN_LENGTH })}
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            error={errors.newPassword}
          />
          <TextField
            label={t('auth.confirmPassword')}
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={errors.confirm}
          />
          {change.isError ? <ErrorAlert error={change.error} /> : null}
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={change.isPending}>
              {t('auth.changePasswordSubmit')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
