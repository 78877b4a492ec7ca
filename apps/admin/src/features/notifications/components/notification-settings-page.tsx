import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { NOTIFICATION_KIND_LABELS } from '@lantoa/contracts/notifications';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useMe } from '../../../lib/auth.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useNotificationPreferences, type NotificationPreference } from '../api/get-notification-preferences.ts';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences.ts';

type Channel = 'inApp' | 'email';
const CHANNELS: readonly Channel[] = ['inApp', 'email'];

function PreferenceRow({
  preference: p,
  onChange,
}: {
  preference: NotificationPreference;
  onChange: (channel: Channel, on: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const labelId = useId();
  return (
    <div className="pref-row" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="pref-kind">
        {NOTIFICATION_KIND_LABELS[p.kind][lang]}
      </span>
      {CHANNELS.map((c) => (
        <CheckboxField
          key={c}
          label={t(`notifications.channel.${c}`)}
          checked={p[c]}
          onChange={(e) => onChange(c, e.target.checked)}
        />
      ))}
    </div>
  );
}

function PreferencesForm({ initial }: { initial: NotificationPreference[] }) {
  const { t } = useI18n();
  const me = useMe();
  const save = useUpdateNotificationPreferences();
  const [items, setItems] = useState(initial);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ items });
  }

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <p className="muted">{t('notifications.prefs.intro')}</p>
      {me.user.email ? null : (
        <Alert tone="warning">
          <p>{t('notifications.prefs.noEmail')}</p>
        </Alert>
      )}
      <div className="pref-list">
        {items.map((p) => (
          <PreferenceRow
            key={p.kind}
            preference={p}
            onChange={(channel, on) => {
              save.reset();
              setItems((prev) => prev.map((x) => (x.kind === p.kind ? { ...x, [channel]: on } : x)));
            }}
          />
        ))}
      </div>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      {save.isSuccess ? (
        <Alert tone="success">
          <p>{t('notifications.prefs.saved')}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

/** For each kind of notification: in the inbox, by e-mail, both or neither. */
export function NotificationSettingsPage() {
  const { t } = useI18n();
  const query = useNotificationPreferences();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('notifications.prefs.title')} subtitle={t('notifications.prefs.subtitle')}>
        <nav aria-label={t('notifications.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/notifications">{t('notifications.title')}</Link>
            </li>
            <li aria-current="page">{t('notifications.prefs.title')}</li>
          </ol>
        </nav>
      </PageHeader>
      <QueryState query={query}>{(data) => <PreferencesForm initial={data.items} />}</QueryState>
    </div>
  );
}
