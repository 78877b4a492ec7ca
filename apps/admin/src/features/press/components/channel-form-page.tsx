import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { CHANNEL_KINDS, ChannelInputSchema, UpdateChannelBodySchema, type ChannelKind, type ChannelView } from '@lantoa/contracts/press';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useChannel } from '../api/get-channel.ts';
import { pressKeys } from '../api/keys.ts';
import { useSaveChannel } from '../api/save-channel.ts';

function ChannelForm({ channel }: { channel: ChannelView | null }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useSaveChannel(channel?.id ?? null);
  const [owner, setOwner] = useState<PickedUnit | null>(channel ? { id: channel.ownerUnitId, name: channel.ownerUnitName } : null);
  const [kind, setKind] = useState<string>(channel?.kind ?? '');
  const [name, setName] = useState(channel?.name ?? '');
  const [url, setUrl] = useState(channel?.url ?? '');
  const [hasColumn, setHasColumn] = useState(channel?.hasDxColumn ?? false);
  const [columnTitle, setColumnTitle] = useState(channel?.columnTitle ?? 'Chuyển đổi số');
  const [columnUrl, setColumnUrl] = useState(channel?.columnUrl ?? '');
  const [columnSince, setColumnSince] = useState(channel?.columnSince ?? '');
  const [feedUrl, setFeedUrl] = useState(channel?.feedUrl ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      ownerUnitId: owner?.id ?? '',
      kind: kind as ChannelKind,
      name,
      url: nullable(url),
      hasDxColumn: hasColumn,
      columnTitle: hasColumn ? nullable(columnTitle) : null,
      columnUrl: hasColumn ? nullable(columnUrl) : null,
      columnSince: hasColumn ? columnSince || null : null,
      feedUrl: nullable(feedUrl),
      ...(channel ? { lockVersion: channel.lockVersion } : {}),
    };
    const checked = channel ? validate(UpdateChannelBodySchema, body) : validate(ChannelInputSchema, body);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    save.mutate(checked.data, {
      onSuccess: (saved) => void navigate(`/press/${saved.id}`, { state: { flash: 'press.saved' } }),
      onError: (err) => {
        setErrors(serverFieldErrors(err));
        // Someone saved first: load their version (the form starts again from it).
        if (channel && isApiError(err, 'VERSION_CONFLICT')) void queryClient.invalidateQueries({ queryKey: pressKeys.detail(channel.id) });
      },
    });
  }

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <UnitPicker label={t('press.form.owner')} value={owner} onChange={setOwner} required error={errors.ownerUnitId} hint={t('press.form.ownerHint')} />
      <SelectField
        label={t('press.form.kind')}
        required
        value={kind}
        placeholder="—"
        options={CHANNEL_KINDS.map((k) => ({ value: k, label: t(`press.kind.${k}`) }))}
        onChange={(e) => setKind(e.target.value)}
        error={errors.kind}
      />
      <TextField label={t('press.form.name')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <TextField label={t('press.form.url')} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.url} placeholder="https://" />
      <CheckboxField label={t('press.form.hasColumn')} checked={hasColumn} onChange={(e) => setHasColumn(e.target.checked)} />
      {errors.hasDxColumn ? <p className="field-error">{errors.hasDxColumn}</p> : null}
      {hasColumn ? (
        <div className="form-row">
          <TextField label={t('press.form.columnTitle')} value={columnTitle} onChange={(e) => setColumnTitle(e.target.value)} error={errors.columnTitle} />
          <DatePicker label={t('press.form.columnSince')} required value={columnSince} onChange={setColumnSince} error={errors.columnSince} />
          <TextField label={t('press.form.columnUrl')} type="url" inputMode="url" value={columnUrl} onChange={(e) => setColumnUrl(e.target.value)} error={errors.columnUrl} placeholder="https://" />
        </div>
      ) : null}
      <TextField
        label={t('press.form.feedUrl')}
        type="url"
        inputMode="url"
        value={feedUrl}
        onChange={(e) => setFeedUrl(e.target.value)}
        error={errors.feedUrl}
        hint={t('press.form.feedHint')}
        placeholder="https://…/rss"
      />
      {save.isError && (isApiError(save.error, 'VERSION_CONFLICT') || !isApiError(save.error, 'VALIDATION_FAILED')) ? (
        <ErrorAlert error={save.error} />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('press.form.save')}
        </Button>
        <ButtonLink to={channel ? `/press/${channel.id}` : '/press'}>{t('press.form.cancel')}</ButtonLink>
      </div>
    </form>
  );
}

export function ChannelNewPage() {
  const t = useT();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('press.form.newTitle')} />
      <ChannelForm channel={null} />
    </div>
  );
}

export function ChannelEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useChannel(id);
  return (
    <div className="page page-narrow">
      <QueryState query={query}>
        {(channel) => (
          <>
            <PageHeader title={t('press.form.editTitle', { name: channel.name })} />
            <ChannelForm key={channel.lockVersion} channel={channel} />
          </>
        )}
      </QueryState>
    </div>
  );
}
