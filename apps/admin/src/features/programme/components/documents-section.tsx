import { useState } from 'react';
import type { ProgrammeDetail, ProgrammeDocument } from '@lantoa/contracts/programme';
import { Button } from '../../../components/ui/button.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { DocumentForm } from './document-form.tsx';
import { DeletePartDialog, ItemActions } from './part-dialogs.tsx';

export function DocumentsSection({ programme, canManage }: { programme: ProgrammeDetail; canManage: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState<ProgrammeDocument | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ProgrammeDocument | null>(null);
  return (
    <section className="card" aria-labelledby="programme-documents">
      <div className="section-head">
        <h2 id="programme-documents" className="section-title">
          {t('programme.documents.title')}
        </h2>
        {canManage ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('programme.documents.add')}
          </Button>
        ) : null}
      </div>
      {programme.documents.length === 0 ? (
        <p className="muted">{t('programme.documents.empty')}</p>
      ) : (
        <ul className="plain-list programme-items">
          {programme.documents.map((d) => (
            <li key={d.id} className="programme-item">
              <div className="programme-item-main">
                <p className="programme-item-title">
                  {d.url ? (
                    <a href={d.url} target="_blank" rel="noopener noreferrer">
                      {d.title}
                    </a>
                  ) : (
                    d.title
                  )}
                </p>
                <p className="small muted">
                  {[
                    d.number ? t('programme.document.numberValue', { number: d.number }) : null,
                    d.issuedOn ? formatDate(d.issuedOn) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {d.note ? <p className="small">{d.note}</p> : null}
              </div>
              {canManage ? (
                <ItemActions name={d.title} onEdit={() => setEditing(d)} onDelete={() => setDeleting(d)} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('programme.documents.addTitle') : t('programme.documents.editTitle')}
        onClose={() => setEditing(null)}
        wide
      >
        {editing !== null ? (
          <DocumentForm
            key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
            programmeId={programme.id}
            item={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <DeletePartDialog
        programmeId={programme.id}
        kind="documents"
        item={deleting}
        title={t('programme.documents.deleteTitle', { title: deleting?.title ?? '' })}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
