import { useState, type FormEvent } from 'react';
import type { UnitDetail } from '@lantoa/contracts/org-units';
import { UpdateProfileBodySchema } from '@lantoa/contracts/org-units';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useCanOnUnit } from '../../../lib/auth.tsx';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useUpdateUnitProfile } from '../api/update-unit-profile.ts';

type Profile = UnitDetail['profile'];
const FIELDS = ['address', 'phone', 'email', 'website', 'headName'] as const;
type ProfileField = (typeof FIELDS)[number];

function ProfileForm({
  unitId,
  profile,
  onSaved,
  onCancel,
}: {
  unitId: string;
  profile: Profile;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const update = useUpdateUnitProfile(unitId);
  const [values, setValues] = useState<Record<ProfileField, string>>(() => ({
    address: profile.address ?? '',
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    website: profile.website ?? '',
    headName: profile.headName ?? '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(UpdateProfileBodySchema, {
      address: nullable(values.address),
      phone: nullable(values.phone),
      email: nullable(values.email),
      website: nullable(values.website),
      headName: nullable(values.headName),
      version: profile.version,
    });
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    update.mutate(checked.data, { onSuccess: onSaved, onError: (err) => setErrors(serverFieldErrors(err)) });
  }

  const field = (
    name: ProfileField,
    extra: { type?: string; autoComplete?: string; inputMode?: 'tel' | 'email' | 'url' } = {},
  ) => (
    <TextField
      label={t(`profile.${name}`)}
      value={values[name]}
      onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      error={errors[name]}
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="form">
      {field('headName')}
      {field('address')}
      {field('phone', { type: 'tel', inputMode: 'tel' })}
      {field('email', { type: 'email', inputMode: 'email' })}
      {field('website', { type: 'url', inputMode: 'url' })}
      {update.isError ? <ErrorAlert error={update.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={onCancel} disabled={update.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The unit's contact details; editable by those who may update unit profiles. */
export function UnitProfile({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const canEdit = useCanOnUnit(
    'org-unit:update-profile',
    unit.id,
    unit.ancestors.map((a) => a.id),
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const p = unit.profile;
  const empty = FIELDS.every((f) => !p[f]);

  return (
    <section className="card" aria-labelledby="unit-profile">
      <div className="section-head">
        <h2 id="unit-profile" className="section-title">
          {t('profile.title')}
        </h2>
        {canEdit && !editing ? (
          <Button
            size="sm"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('profile.edit')}
          </Button>
        ) : null}
      </div>
      {editing ? (
        <ProfileForm
          key={p.version}
          unitId={unit.id}
          profile={p}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {saved ? (
            <Alert tone="success">
              <p>{t('profile.saved')}</p>
            </Alert>
          ) : null}
          {empty ? (
            <p className="muted">{t('profile.empty')}</p>
          ) : (
            <dl className="details">
              {FIELDS.map((f) =>
                p[f] ? (
                  <div key={f} className="details-row">
                    <dt>{t(`profile.${f}`)}</dt>
                    <dd>
                      {f === 'email' ? (
                        <a href={`mailto:${p[f]}`}>{p[f]}</a>
                      ) : f === 'phone' ? (
                        <a href={`tel:${p[f]?.replace(/[^0-9+]/g, '')}`}>{p[f]}</a>
                      ) : f === 'website' && /^https?:\/\//i.test(p[f] ?? '') ? (
                        <a href={p[f] ?? undefined} rel="noopener noreferrer" target="_blank">
                          {p[f]}
                        </a>
                      ) : (
                        p[f]
                      )}
                    </dd>
                  </div>
                ) : null,
              )}
            </dl>
          )}
        </>
      )}
    </section>
  );
}
