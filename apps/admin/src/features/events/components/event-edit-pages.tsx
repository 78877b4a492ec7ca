import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useEvent } from '../api/get-event.ts';
import { useSaveEvent } from '../api/save-event.ts';
import { EventForm } from './event-form.tsx';

export function EventNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveEvent(null);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('events.form.newTitle')} />
      <EventForm
        busy={save.isPending}
        error={save.error}
        cancelTo="/events"
        onSubmit={(body, onError) => save.mutate(body, { onSuccess: (e) => void navigate(`/events/${e.id}`, { state: { flash: 'events.created' } }), onError })}
      />
    </div>
  );
}

export function EventEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useEvent(id);
  const save = useSaveEvent(id);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('events.form.editTitle')} />
      <QueryState query={query}>
        {(event) => (
          <EventForm
            // A conflict reloads the newest version into a fresh form.
            key={event.lockVersion}
            event={event}
            busy={save.isPending}
            error={save.error}
            cancelTo={`/events/${id}`}
            onSubmit={(body, onError) =>
              save.mutate(
                { ...body, lockVersion: event.lockVersion },
                {
                  onSuccess: () => void navigate(`/events/${id}`, { state: { flash: 'events.saved' } }),
                  onError: (err) => {
                    if (isApiError(err, 'VERSION_CONFLICT')) void query.refetch();
                    onError(err);
                  },
                },
              )
            }
          />
        )}
      </QueryState>
    </div>
  );
}
