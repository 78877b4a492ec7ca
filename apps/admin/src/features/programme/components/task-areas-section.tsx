import { useState } from 'react';
import type { ProgrammeDetail, TaskArea } from '@lantoa/contracts/programme';
import { Button } from '../../../components/ui/button.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { DeletePartDialog, ItemActions } from './part-dialogs.tsx';
import { TaskAreaForm } from './task-area-form.tsx';

export function TaskAreasSection({ programme, canManage }: { programme: ProgrammeDetail; canManage: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState<TaskArea | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TaskArea | null>(null);
  const nextNumber = Math.max(0, ...programme.taskAreas.map((a) => a.number)) + 1;
  const linkedResponsibilities = deleting
    ? programme.responsibilities.filter((r) => r.taskAreaId === deleting.id).length
    : 0;
  const linkedTargets = deleting
    ? programme.targets.filter((x) => x.taskAreaNumbers.includes(deleting.number)).length
    : 0;

  return (
    <section className="card" aria-labelledby="programme-areas">
      <div className="section-head">
        <h2 id="programme-areas" className="section-title">
          {t('programme.areas.title')}{' '}
          <span className="muted small">
            ({t('programme.areas.count', { count: formatNumber(programme.taskAreas.length) })})
          </span>
        </h2>
        {canManage ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('programme.areas.add')}
          </Button>
        ) : null}
      </div>
      {programme.taskAreas.length === 0 ? (
        <p className="muted">{t('programme.areas.empty')}</p>
      ) : (
        <ol className="plain-list programme-items">
          {programme.taskAreas.map((a) => (
            <li key={a.id} className="programme-item" id={`task-area-${a.number}`}>
              <div className="programme-item-main">
                <p className="programme-item-title">
                  <span className="programme-number">{a.number}.</span> {a.title}
                </p>
                <p className="programme-quote">{a.content}</p>
              </div>
              {canManage ? (
                <ItemActions
                  name={t('programme.area.label', { number: a.number })}
                  onEdit={() => setEditing(a)}
                  onDelete={() => setDeleting(a)}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <Modal
        open={editing !== null}
        title={
          editing === 'new' || editing === null
            ? t('programme.areas.addTitle')
            : t('programme.areas.editTitle', { number: editing.number })
        }
        onClose={() => setEditing(null)}
        wide
      >
        {editing !== null ? (
          <TaskAreaForm
            key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
            programmeId={programme.id}
            item={editing === 'new' ? null : editing}
            nextNumber={nextNumber}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <DeletePartDialog
        programmeId={programme.id}
        kind="task-areas"
        item={deleting}
        title={t('programme.areas.deleteTitle', { number: deleting?.number ?? '' })}
        onClose={() => setDeleting(null)}
      >
        <p>
          {t('programme.areas.deleteBody', {
            title: deleting?.title ?? '',
            responsibilities: formatNumber(linkedResponsibilities),
            targets: formatNumber(linkedTargets),
          })}
        </p>
      </DeletePartDialog>
    </section>
  );
}
