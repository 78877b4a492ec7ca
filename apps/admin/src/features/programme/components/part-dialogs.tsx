import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useDeletePart } from '../api/delete-part.ts';
import type { PartKind } from '../api/save-part.ts';

/** Edit and delete buttons of one item, named for screen readers ("Sửa nội dung 3"). */
export function ItemActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  return (
    <div className="button-row programme-item-actions">
      <Button size="sm" onClick={onEdit} aria-label={t('programme.editNamed', { name })}>
        {t('common.edit')}
      </Button>
      <Button size="sm" variant="danger" onClick={onDelete} aria-label={t('programme.deleteNamed', { name })}>
        {t('programme.delete.confirm')}
      </Button>
    </div>
  );
}

type DeleteProps = {
  programmeId: string;
  kind: PartKind;
  item: { id: string; version: number } | null;
  title: string;
  children?: ReactNode;
  onClose: () => void;
};

/** Asks before deleting; a delete of an item someone changed meanwhile is refused (409) and said so. */
export function DeletePartDialog({ programmeId, kind, item, title, children, onClose }: DeleteProps) {
  const t = useT();
  const remove = useDeletePart(programmeId, kind);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={item !== null}
      title={title}
      tone="danger"
      confirmLabel={t('programme.delete.confirm')}
      busy={remove.isPending}
      footer={remove.isError ? <ErrorAlert error={remove.error} /> : null}
      onCancel={close}
      onConfirm={() => {
        if (item) remove.mutate(item, { onSuccess: close });
      }}
    >
      {children}
    </ConfirmDialog>
  );
}

/** The bottom of every part form: the error summary, the request's error, save and cancel. */
export function PartFormFooter({
  errorCount,
  error,
  busy,
  onCancel,
}: {
  errorCount: number;
  error: unknown;
  busy: boolean;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <>
      {errorCount > 0 ? (
        <p className="form-error-summary" role="alert">
          {t('form.fixErrors', { count: errorCount })}
        </p>
      ) : null}
      {error != null && !busy ? <ErrorAlert error={error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('common.save')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </>
  );
}
