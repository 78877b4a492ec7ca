import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../lib/i18n.tsx';
import { Button } from './button.tsx';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: 'primary' | 'danger';
  busy?: boolean;
  /** Shown inside the dialog, for example the error of the request the dialog started. */
  footer?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal question built on <dialog>: the browser keeps focus inside and Escape cancels. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'primary',
  busy = false,
  footer,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children ? (
        <div id={bodyId} className="dialog-body">
          {children}
        </div>
      ) : null}
      {footer}
      <div className="dialog-actions">
        {/* A destructive question starts on "cancel", so that Enter alone does not destroy. */}
        <Button onClick={onCancel} disabled={busy} autoFocus={tone === 'danger'}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
        <Button variant={tone} onClick={onConfirm} busy={busy} autoFocus={tone !== 'danger'}>
          {confirmLabel ?? t('common.confirm')}
        </Button>
      </div>
    </dialog>
  );
}
