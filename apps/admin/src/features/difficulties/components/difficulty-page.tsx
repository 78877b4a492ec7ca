import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { DifficultyAction, DifficultyView } from '@lantoa/contracts/difficulties';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useDifficulty, useTransitionDifficulty, type DifficultyTransitionInput } from '../api/difficulties.ts';
import { DifficultyStatusBadge, SeverityBadge } from './badges.tsx';

/** The text each step records. */
const TEXT_FIELD: Partial<Record<DifficultyAction, 'proposal' | 'direction' | 'resolution'>> = { escalate: 'proposal', direct: 'direction', resolve: 'resolution' };

function ActionForm({ item, action, onDone, onCancel }: { item: DifficultyView; action: DifficultyAction; onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const transition = useTransitionDifficulty(item.id);
  const field = TEXT_FIELD[action];
  const [text, setText] = useState(action === 'escalate' ? (item.proposedSolution ?? '') : '');
  const [units, setUnits] = useState<PickedUnit[]>([]);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (field && !text.trim()) found[field] = t('difficulties.field.required', { label: t(`difficulties.field.${field}`).toLowerCase() });
    if (action === 'coordinate' && units.length === 0) found.concernedUnitIds = t('difficulties.field.pick', { label: t('difficulties.field.concerned').toLowerCase() });
    setErrors(found);
    if (Object.keys(found).length) return;
    const body: DifficultyTransitionInput = { action, lockVersion: item.lockVersion, comment: comment.trim() || null };
    if (field) body[field] = text.trim();
    if (action === 'coordinate') body.concernedUnitIds = units.map((u) => u.id);
    transition.mutate(body, {
      onSuccess: onDone,
      onError: (err) => {
        const issues = isApiError(err) ? ((err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? []) : [];
        if (issues.length) setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      },
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t(`difficulties.action.${action}`)}>
      <h3>{t(`difficulties.action.${action}`)}</h3>
      {action === 'coordinate' ? (
        <div className="field">
          {units.length ? (
            <ul className="concerned-units">
              {units.map((u) => (
                <li key={u.id}>
                  {u.name}{' '}
                  <Button size="sm" variant="ghost" type="button" onClick={() => setUnits(units.filter((x) => x.id !== u.id))} aria-label={t('difficulties.field.remove', { name: u.name })}>
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          <UnitPicker
            label={units.length ? t('difficulties.field.addConcerned') : t('difficulties.field.concerned')}
            required={units.length === 0}
            value={null}
            excludeIds={units.map((u) => u.id)}
            error={errors.concernedUnitIds || undefined}
            onChange={(u) => {
              if (u) setUnits([...units, u]);
              setErrors({});
            }}
          />
        </div>
      ) : null}
      {field ? (
        <TextAreaField label={t(`difficulties.field.${field}`)} required rows={4} maxLength={4000} value={text} error={errors[field] || undefined} onChange={(e) => setText(e.target.value)} />
      ) : null}
      <TextAreaField label={t('difficulties.field.comment')} rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      {transition.error && !Object.values(errors).some(Boolean) ? <ErrorAlert error={transition.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={transition.isPending}>
          {t('difficulties.action.submit')}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={transition.isPending}>
          {t('difficulties.action.cancel')}
        </Button>
      </div>
    </form>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Detail({ item }: { item: DifficultyView }) {
  const t = useT();
  const [flash, dismissFlash] = useFlash();
  const [action, setAction] = useState<DifficultyAction | null>(null);
  const [done, setDone] = useState(false);
  const none = t('difficulties.detail.none');
  const message = done ? t('difficulties.action.done') : flash;
  return (
    <div className="page">
      <PageHeader
        title={item.title}
        subtitle={
          <span className="badges">
            <DifficultyStatusBadge status={item.status} />
            <SeverityBadge severity={item.severity} />
            <span className="muted">
              {item.unitName} · {t('difficulties.days', { n: item.ageDays })}
            </span>
          </span>
        }
      >
        <nav aria-label={t('difficulties.title')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/difficulties">{t('difficulties.title')}</Link>
            </li>
            <li aria-current="page">{item.title}</li>
          </ol>
        </nav>
      </PageHeader>
      {message ? (
        <Alert tone="success">
          <p>{message}</p>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setDone(false);
              dismissFlash();
            }}
          >
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <div className="difficulty-grid">
        <section className="card" aria-labelledby="d-report">
          <h2 id="d-report">{t('difficulties.detail.report')}</h2>
          <dl className="difficulty-facts">
            <Row label={t('difficulties.col.unit')}>{item.unitName}</Row>
            <Row label={t('difficulties.detail.reported')}>{formatDateTime(item.createdAt)}</Row>
            <Row label={t('difficulties.col.taskArea')}>{t('difficulties.taskArea', { n: item.taskAreaNumber })}</Row>
            <Row label={t('difficulties.field.description')}>
              <span className="pre-line">{item.description}</span>
            </Row>
            <Row label={t('difficulties.field.proposedSolution')}>{item.proposedSolution ? <span className="pre-line">{item.proposedSolution}</span> : none}</Row>
          </dl>
        </section>
        <section className="card" aria-labelledby="d-handling">
          <h2 id="d-handling">{t('difficulties.detail.handling')}</h2>
          <dl className="difficulty-facts">
            <Row label={t('difficulties.field.concerned')}>{item.concernedUnits.length ? item.concernedUnits.map((u) => u.name).join(', ') : none}</Row>
            <Row label={t('difficulties.field.proposal')}>{item.proposal ? <span className="pre-line">{item.proposal}</span> : none}</Row>
            <Row label={t('difficulties.field.direction')}>{item.direction ? <span className="pre-line">{item.direction}</span> : none}</Row>
            <Row label={t('difficulties.field.resolution')}>{item.resolution ? <span className="pre-line">{item.resolution}</span> : none}</Row>
          </dl>
        </section>
      </div>
      <section className="card" aria-labelledby="d-next">
        <h2 id="d-next">{t('difficulties.action.title')}</h2>
        {item.actions.length === 0 ? <p className="muted">{t('difficulties.action.none')}</p> : null}
        {action ? (
          <ActionForm
            key={`${action}-${item.lockVersion}`}
            item={item}
            action={action}
            onCancel={() => setAction(null)}
            onDone={() => {
              setAction(null);
              setDone(true);
            }}
          />
        ) : (
          <div className="difficulty-actions">
            {item.actions.map((a) => (
              <Button key={a} variant={a === 'coordinate' ? 'secondary' : 'primary'} onClick={() => setAction(a)}>
                {t(`difficulties.action.${a}`)}
              </Button>
            ))}
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="d-history">
        <h2 id="d-history">{t('difficulties.detail.history')}</h2>
        <ol className="difficulty-history">
          {item.history.map((h, i) => (
            <li key={i}>
              <strong>{t(`difficulties.action.${h.action}`)}</strong> <span className="muted">{formatDateTime(h.at)}</span>
              {h.actorName ? <span> · {h.actorName}</span> : null}
              {h.comment ? <div className="pre-line">{h.comment}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function DifficultyPage() {
  const { id = '' } = useParams();
  const query = useDifficulty(id);
  return <QueryState query={query}>{(item) => <Detail item={item} />}</QueryState>;
}
