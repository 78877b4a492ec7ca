import { useState } from 'react';
import type { PlanView } from '@lantoa/contracts/plans';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDateTime, formatVnd } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { usePlanCompare } from '../api/compare-plan-versions.ts';
import type { TaskAreaOption } from '../api/get-task-areas.ts';
import { describeChange } from '../plan-changes.ts';
import { taskAreaLabel } from './plan-content-view.tsx';
import { PlanStatusBadge, type BoardStatus } from './plan-status-badge.tsx';

type Version = PlanView['versions'][number];

/** Several snapshots share a version number (sent, returned, sent again, accepted): each is named by its turn too. */
function versionLabel(t: ReturnType<typeof useT>, versions: readonly Version[], v: Version) {
  return t('plans.versions.label', {
    i: versions.indexOf(v) + 1,
    n: v.versionNo,
    status: t(`plans.status.${v.status}`),
    at: formatDateTime(v.createdAt),
  });
}

function CompareView({
  plan,
  taskAreas,
  initialFrom,
}: {
  plan: PlanView;
  taskAreas: readonly TaskAreaOption[];
  initialFrom: Version;
}) {
  const t = useT();
  const versions = plan.versions;
  const [from, setFrom] = useState(initialFrom.snapshotId);
  const next = versions.find((v) => v.snapshotId > initialFrom.snapshotId);
  const [to, setTo] = useState<number | 'current'>(next?.snapshotId ?? 'current');
  const query = usePlanCompare(plan.id, from, to);
  const units = new Map(
    plan.activities.flatMap((a) => (a.responsibleUnitId ? [[a.responsibleUnitId, a.responsibleUnitName ?? '']] : [])),
  );
  const ctx = { t, taskArea: (n: number) => taskAreaLabel(taskAreas, n), unitName: (id: string) => units.get(id) };

  return (
    <div className="form">
      <div className="form-row">
        <SelectField
          label={t('plans.compare.from')}
          value={String(from)}
          options={versions.map((v) => ({ value: String(v.snapshotId), label: versionLabel(t, versions, v) }))}
          onChange={(e) => setFrom(Number(e.target.value))}
        />
        <SelectField
          label={t('plans.compare.to')}
          value={String(to)}
          options={[
            ...versions.map((v) => ({ value: String(v.snapshotId), label: versionLabel(t, versions, v) })),
            { value: 'current', label: t('plans.compare.current', { n: plan.versionNo }) },
          ]}
          onChange={(e) => setTo(e.target.value === 'current' ? 'current' : Number(e.target.value))}
        />
      </div>
      <QueryState query={query}>
        {(data) =>
          data.changes.length === 0 ? (
            <EmptyState title={t('plans.compare.none')} />
          ) : (
            <div className="scroll-table" role="region" aria-labelledby="compare-caption" tabIndex={0}>
              <table className="fig-table compare-table">
                <caption id="compare-caption">{t('plans.compare.caption', { count: data.changes.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plans.compare.what')}</th>
                    <th scope="col">{t('plans.compare.before')}</th>
                    <th scope="col">{t('plans.compare.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.changes.map((c) => {
                    const shown = describeChange(c, ctx);
                    return (
                      <tr key={c.path}>
                        <th scope="row" className="cell-text">
                          {shown.label}
                        </th>
                        <td className="cell-text diff-before">{shown.before}</td>
                        <td className="cell-text diff-after">{shown.after}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </div>
  );
}

/** The versions kept at each submission and acceptance, each comparable with another or with now. */
export function PlanVersions({ plan, taskAreas }: { plan: PlanView; taskAreas: readonly TaskAreaOption[] }) {
  const t = useT();
  const [comparing, setComparing] = useState<Version | null>(null);
  return (
    <section className="card" aria-labelledby="plan-versions">
      <h2 id="plan-versions" className="section-title">
        {t('plans.versions.title')}
      </h2>
      {plan.versions.length === 0 ? (
        <p className="muted">{t('plans.versions.empty')}</p>
      ) : (
        <div className="scroll-table" role="region" aria-labelledby="plan-versions" tabIndex={0}>
          <table className="fig-table" aria-labelledby="plan-versions">
            <thead>
              <tr>
                <th scope="col">{t('plans.versions.turn')}</th>
                <th scope="col">{t('plans.col.version')}</th>
                <th scope="col">{t('plans.col.status')}</th>
                <th scope="col">{t('plans.versions.at')}</th>
                <th scope="col" className="cell-num">
                  {t('plans.col.total')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('plans.versions.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.versions.map((v, i) => (
                <tr key={v.snapshotId}>
                  <td>{i + 1}</td>
                  <td className="nowrap">{t('plans.versionNo', { n: v.versionNo })}</td>
                  <td>
                    <PlanStatusBadge status={v.status as BoardStatus} />
                  </td>
                  <td>{formatDateTime(v.createdAt)}</td>
                  <td className="cell-num">{formatVnd(v.totalAmount)}</td>
                  <td>
                    <Button
                      size="sm"
                      onClick={() => setComparing(v)}
                      aria-label={t('plans.versions.compareNamed', { label: versionLabel(t, plan.versions, v) })}
                    >
                      {t('plans.versions.compare')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Modal open={comparing !== null} title={t('plans.compare.title')} onClose={() => setComparing(null)} wide>
        {comparing ? (
          <CompareView key={comparing.snapshotId} plan={plan} taskAreas={taskAreas} initialFrom={comparing} />
        ) : null}
      </Modal>
    </section>
  );
}
