import { useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '@lantoa/contracts/auth';
import {
  CreateUserBodySchema,
  UpdateUserBodySchema,
  type CreateUserBody,
  type UpdateUserBody,
  type UserView,
} from '@lantoa/contracts/users';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, TextField } from '../../../components/ui/field.tsx';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { RoleAssignmentsEditor, type RoleRow } from './role-assignments-editor.tsx';

type Props =
  | {
      mode: 'create';
      user?: undefined;
      busy: boolean;
      error: unknown;
      onSubmit: (body: CreateUserBody, onError: (err: unknown) => void) => void;
    }
  | {
      mode: 'edit';
      user: UserView;
      busy: boolean;
      error: unknown;
      onSubmit: (body: UpdateUserBody, onError: (err: unknown) => void) => void;
    };

/** The account form: identity, unit, roles; on creation also the username and first password. */
export function UserForm(props: Props) {
  const t = useT();
  const { user } = props;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fullName, setFullName] = useState(user?.fullName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [phone, setPhone] = useState(user?.phone ?? '');
  const [unit, setUnit] = useState<PickedUnit | null>(
    user?.unitId ? { id: user.unitId, name: user.unitName ?? user.unitId } : null,
  );
  const [isActive, setIsActive] = useState(user?.isActive ?? true);
  const [roles, setRoles] = useState<RoleRow[]>(
    () => user?.roles.map((r, i) => ({ key: i + 1, role: r.role, unit: { id: r.unitId, name: r.unitName } })) ?? [],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const onServerError = (err: unknown) => setErrors(serverFieldErrors(err));

  function submit(e: FormEvent) {
    e.preventDefault();
    const common = {
      fullName,
      email: nullable(email),
      phone: nullable(phone),
      unitId: unit?.id ?? null,
      roles: roles.map((r) => ({ role: r.role, unitId: r.unit?.id ?? '' })),
    };
    const roleErrors: FieldErrors = {};
    roles.forEach((r, i) => {
      if (!r.unit) roleErrors[`roles.${i}.unitId`] = t('user.assignmentUnitRequired');
    });
    if (props.mode === 'create') {
      const checked = validate(CreateUserBodySchema, { ...common, username, password });
      if (checked.errors || Object.keys(roleErrors).length > 0) {
        setErrors({ ...(checked.errors ?? {}), ...roleErrors });
        return;
      }
      setErrors({});
      props.onSubmit(checked.data, onServerError);
    } else {
      const checked = validate(UpdateUserBodySchema, { ...common, isActive, version: props.user.version });
      if (checked.errors || Object.keys(roleErrors).length > 0) {
        setErrors({ ...(checked.errors ?? {}), ...roleErrors });
        return;
      }
      setErrors({});
      props.onSubmit(checked.data, onServerError);
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate className="form card">
      <fieldset className="fieldset">
        <legend>{t('user.account')}</legend>
        {props.mode === 'create' ? (
          <TextField
            label={t('user.username')}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={errors.username}
            hint={t('user.usernameHint')}
            maxLength={50}
          />
        ) : (
          <p>
            <span className="muted">{t('user.username')}: </span>
            <span className="code">{props.user.username}</span>
          </p>
        )}
        <TextField
          label={t('user.fullName')}
          required
          autoComplete="off"
          value={fullName}
          onChange={(e) => setFullName(e.target.value)}
          error={errors.fullName}
          maxLength={200}
        />
        <div className="form-row">
          <TextField
            label={t('user.email')}
            type="email"
            inputMode="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.email}
          />
          <TextField
            label={t('user.phone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            error={errors.phone}
          />
        </div>
        <UnitPicker label={t('user.workUnit')} value={unit} onChange={setUnit} error={errors.unitId} />
        {props.mode === 'create' ? (
          <TextField
            label={t('user.initialPassword')}
            type="password"
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
            hint={t('user.initialPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          />
        ) : (
          <CheckboxField
            label={t('user.isActive')}
            hint={t('user.isActiveHint')}
            checked={isActive}
            onChange={(e) => setIsActive(e.target.checked)}
          />
        )}
      </fieldset>
      <RoleAssignmentsEditor rows={roles} onChange={setRoles} errors={errors} />
      {errorCount > 0 ? (
        <p className="form-error-summary" role="alert">
          {t('form.fixErrors', { count: errorCount })}
        </p>
      ) : null}
      {props.error != null && !props.busy ? <ErrorAlert error={props.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={props.busy}>
          {props.mode === 'create' ? t('users.createSubmit') : t('common.save')}
        </Button>
        <ButtonLink to={props.mode === 'create' ? '/users' : `/users/${props.user.id}`}>
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
