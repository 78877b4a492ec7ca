import type { JobView } from '@lantoa/contracts/jobs';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCancelJob } from '../api/cancel-job.ts';
import { useRetryJob } from '../api/retry-job.ts';

export type JobAction = 'retry' | 'cancel';
export type JobActionRequest = { action: JobAction; job: JobView };

/** What can be done with a job now: run a failed or cancelled one again, cancel one still waiting. */
export function jobActions(job: JobView): JobAction[] {
  if (job.status === 'failed' || job.status === 'cancelled') return ['retry'];
  if (job.status === 'queued') return ['cancel'];
  return [];
}

/** The buttons; each names its job for those who hear the page, since a list has many. */
export function JobActionButtons({ job, onAsk }: { job: JobView; onAsk: (request: JobActionRequest) => void }) {
  const t = useT();
  const actions = jobActions(job);
  if (actions.length === 0) return null;
  return (
    <div className="button-row">
      {actions.map((action) => (
        <Button
          key={action}
          size="sm"
          variant={action === 'cancel' ? 'danger' : 'secondary'}
          onClick={() => onAsk({ action, job })}
        >
          {t(`jobs.action.${action}`)}
          <span className="visually-hidden">
            {' '}
            {t('jobs.action.which', { title: job.title, time: formatDateTime(job.createdAt) })}
          </span>
        </Button>
      ))}
    </div>
  );
}

/** Asks before retrying or cancelling; says what went wrong inside the question. */
export function JobActionDialog({
  request,
  onClose,
  onDone,
}: {
  request: JobActionRequest | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const retry = useRetryJob();
  const cancel = useCancelJob();
  const mutation = request?.action === 'cancel' ? cancel : retry;
  const action = request?.action ?? 'retry';
  const params = request ? { title: request.job.title, time: formatDateTime(request.job.createdAt) } : undefined;

  function close() {
    retry.reset();
    cancel.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={request !== null}
      title={t(`jobs.confirm.${action}.title`)}
      confirmLabel={t(`jobs.confirm.${action}.confirm`)}
      cancelLabel={action === 'cancel' ? t('jobs.confirm.cancel.keep') : undefined}
      tone={action === 'cancel' ? 'danger' : 'primary'}
      busy={mutation.isPending}
      footer={mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
      onCancel={close}
      onConfirm={() => {
        if (!request) return;
        mutation.mutate(request.job.id, {
          onSuccess: () => {
            close();
            onDone(t(`jobs.done.${action}`));
          },
        });
      }}
    >
      <p>{t(`jobs.confirm.${action}.body`, params)}</p>
    </ConfirmDialog>
  );
}
