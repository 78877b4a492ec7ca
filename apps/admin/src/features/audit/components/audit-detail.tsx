import { Link } from 'react-router';
import type { AuditEntry } from '@lantoa/contracts/audit';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useAuditLabels } from './audit-labels.ts';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Top-level fields whose value differs between before and after. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function show(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function entityPath(entityType: string, entityId: string | null): string | null {
  if (!entityId) return null;
  if (entityType === 'org_unit') return `/org-units/${entityId}`;
  if (entityType === 'user') return `/users/${entityId}`;
  return null;
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const t = useT();
  return (
    <section className="json-panel" aria-label={label}>
      <h3 className="json-title">{label}</h3>
      {value === null || value === undefined ? (
        <p className="muted">{t('audit.noData')}</p>
      ) : (
        <pre className="json" tabIndex={0}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </section>
  );
}

export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const labels = useAuditLabels();
  const changed = changedKeys(entry.before, entry.after);
  const path = entityPath(entry.entityType, entry.entityId);
  const before = isRecord(entry.before) ? entry.before : {};
  const after = isRecord(entry.after) ? entry.after : {};
  return (
    <div className="stack">
      <dl className="details">
        <dt>{t('audit.at')}</dt>
        <dd>{formatDateTime(entry.at)}</dd>
        <dt>{t('audit.actor')}</dt>
        <dd>{entry.actorName ?? t('audit.system')}</dd>
        <dt>{t('audit.action')}</dt>
        <dd>
          {labels.action(entry.action)} <span className="code">{entry.action}</span>
        </dd>
        <dt>{t('audit.entity')}</dt>
        <dd>
          {labels.entity(entry.entityType)}{' '}
          {entry.entityId ? (
            path ? (
              <Link to={path}>{entry.entityId}</Link>
            ) : (
              <span className="code">{entry.entityId}</span>
            )
          ) : null}
        </dd>
        {entry.summary ? (
          <>
            <dt>{t('audit.summary')}</dt>
            <dd>{entry.summary}</dd>
          </>
        ) : null}
        {entry.ip ? (
          <>
            <dt>{t('audit.ip')}</dt>
            <dd className="code">{entry.ip}</dd>
          </>
        ) : null}
      </dl>
      {changed.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption>{t('audit.changedFields')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.field')}</th>
                <th scope="col">{t('audit.before')}</th>
                <th scope="col">{t('audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((k) => (
                <tr key={k}>
                  <th scope="row" className="code" data-label={t('audit.field')}>
                    {k}
                  </th>
                  <td data-label={t('audit.before')} className="diff-before">
                    {show(before[k])}
                  </td>
                  <td data-label={t('audit.after')} className="diff-after">
                    {show(after[k])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="json-compare">
        <JsonBlock label={t('audit.before')} value={entry.before} />
        <JsonBlock label={t('audit.after')} value={entry.after} />
      </div>
    </div>
  );
}
