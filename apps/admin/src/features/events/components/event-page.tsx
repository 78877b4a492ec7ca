import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { EventView } from '@lantoa/contracts/events';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink, buttonClass } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useEventPhotos } from '../api/event-photos.ts';
import { useEvent } from '../api/get-event.ts';
import { useDeleteEvent } from '../api/save-event.ts';
import { eventWhen } from './events-page.tsx';

export function EventPage() {
  const { id = '' } = useParams();
  const query = useEvent(id);
  return <QueryState query={query}>{(event) => <EventDetail event={event} />}</QueryState>;
}

function EventDetail({ event }: { event: EventView }) {
  const t = useT();
  const navigate = useNavigate();
  const [flash, dismissFlash] = useFlash();
  const [confirming, setConfirming] = useState(false);
  const del = useDeleteEvent(event.id);
  const none = <p className="muted">{t('events.detail.none')}</p>;
  return (
    <div className="page">
      <PageHeader
        title={event.title}
        subtitle={t(`events.kind.${event.kind}`)}
        actions={
          <>
            <ButtonLink to="/events">{t('events.detail.back')}</ButtonLink>
            <a className={buttonClass()} href={`/su-kien/${event.id}`} target="_blank" rel="noopener">
              {t('events.detail.publicPage')}
            </a>
            {event.canEdit ? (
              <>
                <ButtonLink variant="primary" to={`/events/${event.id}/edit`}>
                  {t('events.detail.edit')}
                </ButtonLink>
                <Button variant="danger" onClick={() => setConfirming(true)}>
                  {t('events.detail.delete')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
          <Button size="sm" variant="ghost" onClick={dismissFlash}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      {event.isDemo ? <Badge tone="amber">{t('events.demo')}</Badge> : null}
      <section className="card">
        <dl className="facts-list">
          {event.theme ? (
            <div>
              <dt>{t('events.form.theme')}</dt>
              <dd>{event.theme}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('events.col.date')}</dt>
            <dd>{eventWhen(event)}</dd>
          </div>
          <div>
            <dt>{t('events.form.place')}</dt>
            <dd>{event.place ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('events.form.organiser')}</dt>
            <dd>{event.organiserUnitName}</dd>
          </div>
          <div>
            <dt>{t('events.form.registrations')}</dt>
            <dd>{event.registrations === null ? '—' : formatNumber(event.registrations)}</dd>
          </div>
          <div>
            <dt>{t('events.form.attendance')}</dt>
            <dd>{event.attendance === null ? '—' : formatNumber(event.attendance)}</dd>
          </div>
        </dl>
        {event.description ? <p className="pre-line">{event.description}</p> : null}
      </section>
      <section className="card" aria-labelledby="ev-products">
        <h2 id="ev-products">{t('events.form.products')}</h2>
        {event.products.length === 0 ? none : (
          <ul className="event-products">
            {event.products.map((p) => (
              <li key={p.id}>
                <strong>{p.link ? <a href={p.link} rel="noopener" target="_blank">{p.name}</a> : p.name}</strong>
                <span className="muted"> · {p.company} · {t(`events.category.${p.category}`)}</span>
                {p.description ? <div className="small">{p.description}</div> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="ev-coverage">
        <h2 id="ev-coverage">{t('events.form.coverage')}</h2>
        {event.coverage.length === 0 ? none : (
          <ul>
            {event.coverage.map((c) => (
              <li key={c.id}>
                <a href={c.url} rel="noopener" target="_blank">{c.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <EventPhotos event={event} />
      <ConfirmDialog
        open={confirming}
        title={t('events.detail.delete')}
        confirmLabel={t('events.detail.delete')}
        tone="danger"
        busy={del.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => del.mutate(undefined, { onSuccess: () => void navigate('/events', { state: { flash: 'events.deleted' } }) })}
      >
        <p>{t('events.detail.deleteConfirm', { title: event.title })}</p>
      </ConfirmDialog>
    </div>
  );
}

function EventPhotos({ event }: { event: EventView }) {
  const t = useT();
  const { upload, remove } = useEventPhotos(event.id);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [inputKey, setInputKey] = useState(0);
  return (
    <section className="card" aria-labelledby="ev-photos">
      <h2 id="ev-photos">{t('events.detail.photos')}</h2>
      {event.photos.length === 0 ? <p className="muted">{t('events.detail.noPhotos')}</p> : (
        <ul className="event-photos">
          {event.photos.map((p) => (
            <li key={p.id}>
              <figure>
                <img src={p.url} alt={p.caption ?? p.name} loading="lazy" />
                <figcaption>{p.caption ?? p.name}</figcaption>
              </figure>
              {event.canEdit ? (
                <Button size="sm" variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate(p.id)}>
                  {t('events.detail.removePhoto')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {event.canEdit ? (
        <form
          className="event-photo-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            upload.mutate({ file, caption }, { onSuccess: () => { setFile(null); setCaption(''); setInputKey((k) => k + 1); } });
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor="event-photo-file">{t('events.detail.photoFile')}</label>
            <input key={inputKey} id="event-photo-file" className="input" type="file" accept="image/jpeg,image/png,image/webp,image/gif" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <TextField label={t('events.detail.photoCaption')} value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={500} />
          <Button type="submit" disabled={!file || upload.isPending}>{t('events.detail.upload')}</Button>
          {upload.error ? <ErrorAlert error={upload.error} /> : null}
          {remove.error ? <ErrorAlert error={remove.error} /> : null}
        </form>
      ) : null}
    </section>
  );
}
