import { useState } from 'react';
import type { ProgrammeDetail, Responsibility } from '@lantoa/contracts/programme';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { compareVi, formatNumber } from '../../../lib/format.ts';
import { useT, type Translate } from '../../../lib/i18n.tsx';
import { responsibleName } from './labels.ts';
import { DeletePartDialog, ItemActions } from './part-dialogs.tsx';
import { ResponsibilityForm } from './responsibility-form.tsx';

type View = 'area' | 'unit';
type Group = { key: string; title: string; taskAreaId: string | null; items: Responsibility[] };

const ROLE_TONES: Record<Responsibility['role'], BadgeTone> = {
  standing: 'purple',
  lead: 'blue',
  coordinate: 'neutral',
};
const ROLE_ORDER: Record<Responsibility['role'], number> = { standing: 0, lead: 1, coordinate: 2 };

/** By task area: the whole-programme duties first, then every area, empty ones included (gaps show). */
function byArea(t: Translate, p: ProgrammeDetail): Group[] {
  const general = p.responsibilities.filter((r) => !r.taskAreaId);
  return [
    { key: 'general', title: t('programme.resp.general'), taskAreaId: null, items: general },
    ...p.taskAreas.map((a) => ({
      key: a.id,
      title: `${a.number}. ${a.title}`,
      taskAreaId: a.id,
      items: p.responsibilities.filter((r) => r.taskAreaId === a.id),
    })),
  ];
}

/** By unit: the standing agency first, then single units, then groups of units, in Vietnamese order. */
function byUnit(t: Translate, p: ProgrammeDetail): Group[] {
  const groups = new Map<string, Group>();
  for (const r of p.responsibilities) {
    const key = r.unitId ?? `group:${r.unitGroup ?? ''}`;
    const g = groups.get(key) ?? { key, title: responsibleName(t, r), taskAreaId: null, items: [] };
    g.items.push(r);
    groups.set(key, g);
  }
  const rank = (g: Group) => (g.items.some((r) => r.role === 'standing') ? 0 : g.key.startsWith('group:') ? 2 : 1);
  return [...groups.values()]
    .map((g) => ({
      ...g,
      items: [...g.items].sort(
        (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.taskAreaNumber ?? 0) - (b.taskAreaNumber ?? 0),
      ),
    }))
    .sort((a, b) => rank(a) - rank(b) || compareVi(a.title, b.title));
}

export function ResponsibilitiesSection({ programme, canManage }: { programme: ProgrammeDetail; canManage: boolean }) {
  const t = useT();
  const [view, setView] = useState<View>('area');
  const [editing, setEditing] = useState<{ item: Responsibility | null; taskAreaId: string | null } | null>(null);
  const [deleting, setDeleting] = useState<Responsibility | null>(null);
  const groups = view === 'area' ? byArea(t, programme) : byUnit(t, programme);

  return (
    <section className="card" aria-labelledby="programme-resp">
      <div className="section-head">
        <h2 id="programme-resp" className="section-title">
          {t('programme.resp.title')}{' '}
          <span className="muted small">
            ({t('programme.resp.count', { count: formatNumber(programme.responsibilities.length) })})
          </span>
        </h2>
        {canManage ? (
          <Button size="sm" onClick={() => setEditing({ item: null, taskAreaId: null })}>
            {t('programme.resp.add')}
          </Button>
        ) : null}
      </div>
      <div className="segmented" role="group" aria-label={t('programme.resp.view')}>
        {(['area', 'unit'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={v === view ? 'segment active' : 'segment'}
            aria-pressed={v === view}
            onClick={() => setView(v)}
          >
            {t(v === 'area' ? 'programme.resp.byArea' : 'programme.resp.byUnit')}
          </button>
        ))}
      </div>
      {programme.responsibilities.length === 0 && view === 'unit' ? (
        <p className="muted">{t('programme.resp.empty')}</p>
      ) : null}
      <div className="programme-resp-groups">
        {groups.map((g) => (
          <section key={g.key} className="programme-resp-group" aria-label={g.title}>
            <div className="section-head">
              <h3 className="programme-resp-group-title">{g.title}</h3>
              {canManage && view === 'area' && g.taskAreaId ? (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setEditing({ item: null, taskAreaId: g.taskAreaId })}
                  aria-label={t('programme.resp.addToArea', { area: g.title })}
                >
                  + {t('programme.resp.add')}
                </Button>
              ) : null}
            </div>
            {g.items.length === 0 ? (
              <p className="small muted">
                {view === 'area' && g.taskAreaId ? t('programme.resp.noneInArea') : t('programme.resp.empty')}
              </p>
            ) : (
              <ul className="plain-list programme-items">
                {g.items.map((r) => {
                  const who = responsibleName(t, r);
                  return (
                    <li key={r.id} className="programme-item">
                      <div className="programme-item-main">
                        <p className="badge-row">
                          <Badge tone={ROLE_TONES[r.role]}>{t(`programme.role.${r.role}`)}</Badge>
                          {view === 'area' ? (
                            <strong>{who}</strong>
                          ) : (
                            <span className="muted small">
                              {r.taskAreaNumber !== null
                                ? t('programme.area.label', { number: r.taskAreaNumber })
                                : t('programme.resp.general')}
                            </span>
                          )}
                        </p>
                        <p className="programme-duty">{r.duty}</p>
                      </div>
                      {canManage ? (
                        <ItemActions
                          name={t('programme.resp.item', { who })}
                          onEdit={() => setEditing({ item: r, taskAreaId: r.taskAreaId })}
                          onDelete={() => setDeleting(r)}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
      <Modal
        open={editing !== null}
        title={editing?.item ? t('programme.resp.editTitle') : t('programme.resp.addTitle')}
        onClose={() => setEditing(null)}
        wide
      >
        {editing !== null ? (
          <ResponsibilityForm
            key={editing.item ? `${editing.item.id}:${editing.item.version}` : `new:${editing.taskAreaId ?? ''}`}
            programme={programme}
            item={editing.item}
            defaultTaskAreaId={editing.taskAreaId}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <DeletePartDialog
        programmeId={programme.id}
        kind="responsibilities"
        item={deleting}
        title={t('programme.resp.deleteTitle')}
        onClose={() => setDeleting(null)}
      >
        {deleting ? (
          <p>
            {t('programme.resp.deleteBody', {
              who: responsibleName(t, deleting),
              role: t(`programme.role.${deleting.role}`),
              duty: deleting.duty.length > 160 ? `${deleting.duty.slice(0, 160)}…` : deleting.duty,
            })}
          </p>
        ) : null}
      </DeletePartDialog>
    </section>
  );
}
