import { useState } from 'react';
import type { ProgrammeDetail, Target } from '@lantoa/contracts/programme';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { targetValueText } from './labels.ts';
import { DeletePartDialog, ItemActions } from './part-dialogs.tsx';
import { TargetForm } from './target-form.tsx';

export function TargetsSection({ programme, canManage }: { programme: ProgrammeDetail; canManage: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);

  const columns: Column<Target>[] = [
    { key: 'number', header: t('programme.target.number'), className: 'programme-col-number', render: (x) => x.number },
    {
      key: 'title',
      header: t('programme.target.title'),
      primary: true,
      render: (x) => (
        <>
          <strong>{x.title}</strong>
          <p className="small programme-quote">{x.content}</p>
        </>
      ),
    },
    {
      key: 'value',
      header: t('programme.target.value'),
      render: (x) => <strong className="programme-value">{targetValueText(t, x)}</strong>,
    },
    {
      key: 'period',
      header: t('programme.target.period'),
      render: (x) =>
        x.isYearly ? <Badge tone="blue">{t('programme.target.yearly')}</Badge> : t('programme.target.byEnd'),
    },
    {
      key: 'group',
      header: t('programme.target.unitGroup'),
      render: (x) => (x.unitGroup ? t(`unitGroup.${x.unitGroup}`) : '—'),
    },
    {
      key: 'areas',
      header: t('programme.target.taskAreas'),
      render: (x) => (x.taskAreaNumbers.length ? x.taskAreaNumbers.join(', ') : '—'),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('programme.actions'),
      render: (x) => (
        <ItemActions
          name={t('programme.target.label', { number: x.number })}
          onEdit={() => setEditing(x)}
          onDelete={() => setDeleting(x)}
        />
      ),
    });
  }

  return (
    <section className="card" aria-labelledby="programme-targets">
      <div className="section-head">
        <h2 id="programme-targets" className="section-title">
          {t('programme.targets.title')}{' '}
          <span className="muted small">
            ({t('programme.targets.count', { count: formatNumber(programme.targets.length) })})
          </span>
        </h2>
        {canManage ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('programme.targets.add')}
          </Button>
        ) : null}
      </div>
      {programme.targets.length === 0 ? (
        <p className="muted">{t('programme.targets.empty')}</p>
      ) : (
        <Table
          caption={t('programme.targets.caption')}
          columns={columns}
          rows={programme.targets}
          rowKey={(x) => x.id}
        />
      )}
      <Modal
        open={editing !== null}
        title={
          editing === 'new' || editing === null
            ? t('programme.targets.addTitle')
            : t('programme.targets.editTitle', { number: editing.number })
        }
        onClose={() => setEditing(null)}
        wide
      >
        {editing !== null ? (
          <TargetForm
            key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
            programme={programme}
            item={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <DeletePartDialog
        programmeId={programme.id}
        kind="targets"
        item={deleting}
        title={t('programme.targets.deleteTitle', { number: deleting?.number ?? '' })}
        onClose={() => setDeleting(null)}
      >
        <p>{t('programme.targets.deleteBody', { title: deleting?.title ?? '' })}</p>
      </DeletePartDialog>
    </section>
  );
}
