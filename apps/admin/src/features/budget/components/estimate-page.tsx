import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { EstimateView } from '@lantoa/contracts/plans';
import { DocumentButton } from '../../../components/document-button.tsx';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatNumber, todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useConsolidateEstimate } from '../api/consolidate-estimate.ts';
import { useEstimate } from '../api/get-estimate.ts';
import { useTaskAreaNames } from '../api/get-task-areas.ts';
import type { EstimateAction } from '../api/transition-estimate.ts';
import { countUnappraised, totalFigures } from '../estimate-figures.ts';
import { EstimateBreakdowns } from './estimate-breakdowns.tsx';
import { EstimateHistory } from './estimate-history.tsx';
import { EstimateLines } from './estimate-lines.tsx';
import { EstimateStepper } from './estimate-stepper.tsx';
import { EstimateTransitionDialog, RETURNS } from './estimate-transition-dialog.tsx';
import { Amount, Difference } from './figure-cells.tsx';

export function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}

function years(selected: number): number[] {
  const last = Math.max(currentYear() + 1, selected);
  const out: number[] = [];
  for (let y = last; y >= Math.min(2022, selected); y--) out.push(y);
  return out;
}

/** Proposed, appraised and approved totals next to each other, with the cut or raise. */
function EstimateTotals({ estimate }: { estimate: EstimateView }) {
  const t = useT();
  const figures = estimate.totals;
  const lines = totalFigures(estimate.lines);
  return (
    <section aria-labelledby="estimate-totals">
      <h2 id="estimate-totals" className="section-title">
        {t('budget.totals.title')}
      </h2>
      <ul className="total-grid">
        <li className="total-card total-proposed">
          <span className="total-label">{t('budget.col.proposed')}</span>
          <span className="total-value">
            <Amount value={figures.proposed} pending={t('budget.pending')} />
          </span>
          <span className="total-note">
            {t('budget.totals.proposedNote', { count: formatNumber(estimate.lines.length) })}
          </span>
        </li>
        <li className="total-card total-appraised">
          <span className="total-label">{t('budget.col.appraised')}</span>
          <span className="total-value">
            <Amount value={figures.appraised} pending={t('budget.pending')} />
          </span>
          <span className="total-note">
            {figures.appraised === null ? (
              t('budget.totals.appraisedLeft', { count: formatNumber(countUnappraised(estimate.lines)) })
            ) : (
              <Difference figures={lines} />
            )}
          </span>
        </li>
        <li className="total-card total-approved">
          <span className="total-label">{t('budget.col.approved')}</span>
          <span className="total-value">
            <Amount value={figures.approved} pending={t('budget.pending')} />
          </span>
          <span className="total-note">
            {figures.approved === null ? t('budget.totals.notApproved') : t('budget.totals.approvedNote')}
          </span>
        </li>
      </ul>
    </section>
  );
}

function ActionsCard({
  estimate,
  onAction,
  onConsolidate,
}: {
  estimate: EstimateView;
  onAction: (a: EstimateAction) => void;
  onConsolidate: () => void;
}) {
  const t = useT();
  const canConsolidate = useCan('budget:consolidate') && estimate.status === 'assembling';
  const left = countUnappraised(estimate.lines);
  return (
    <section className="card" aria-labelledby="estimate-actions">
      <h2 id="estimate-actions" className="section-title">
        {t('budget.actions.title')}
      </h2>
      <p>{t(`budget.explain.${estimate.status}`)}</p>
      {canConsolidate && estimate.pendingPlans > 0 ? (
        <Alert tone="info">
          <p>{t('budget.pendingPlans', { count: formatNumber(estimate.pendingPlans) })}</p>
        </Alert>
      ) : null}
      {estimate.actions.includes('submit_for_approval') && left > 0 ? (
        <p className="field-hint">{t('budget.unappraisedLeft', { count: formatNumber(left) })}</p>
      ) : null}
      {canConsolidate || estimate.actions.length > 0 ? (
        <div className="button-row">
          {canConsolidate ? (
            <Button
              variant={estimate.lines.length === 0 || estimate.pendingPlans > 0 ? 'primary' : 'secondary'}
              onClick={onConsolidate}
            >
              {t('budget.consolidate')}
            </Button>
          ) : null}
          {estimate.actions.map((a) => (
            <Button
              key={a}
              variant={RETURNS.includes(a) ? 'danger' : 'primary'}
              disabled={
                (a === 'submit_for_approval' && left > 0) ||
                (a === 'submit_for_appraisal' && estimate.lines.length === 0)
              }
              onClick={() => onAction(a)}
            >
              {t(`budget.action.${a}`)}
            </Button>
          ))}
        </div>
      ) : (
        <p className="muted small">{t('budget.actions.none')}</p>
      )}
    </section>
  );
}

function EstimateScreen({ estimate }: { estimate: EstimateView }) {
  const t = useT();
  const areas = useTaskAreaNames(estimate.year);
  const canAppraise = useCan('budget:appraise') && estimate.status === 'appraising';
  const consolidate = useConsolidateEstimate(estimate.year);
  const [confirmConsolidate, setConfirmConsolidate] = useState(false);
  const [dialog, setDialog] = useState<EstimateAction | null>(null);
  const [notice, setNotice] = useState<{ key: string; count?: number } | null>(null);
  const appraised = estimate.lines.some((l) => l.appraisedAmount !== null);

  return (
    <>
      <EstimateStepper estimate={estimate} />
      {notice ? (
        <Alert tone="success">
          <p>{t(notice.key, { count: formatNumber(notice.count ?? 0) })}</p>
          <Button size="sm" variant="ghost" onClick={() => setNotice(null)}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <ActionsCard estimate={estimate} onAction={setDialog} onConsolidate={() => setConfirmConsolidate(true)} />
      <EstimateTotals estimate={estimate} />
      {areas.isError ? <ErrorAlert error={areas.error} onRetry={() => void areas.refetch()} /> : null}
      {estimate.lines.length > 0 ? (
        <EstimateBreakdowns estimate={estimate} taskAreas={areas.data ?? new Map()} />
      ) : null}
      <EstimateLines estimate={estimate} canAppraise={canAppraise} taskAreas={areas.data ?? new Map()} />
      <EstimateHistory history={estimate.history} />
      <ConfirmDialog
        open={confirmConsolidate}
        title={t('budget.consolidate.title', { year: estimate.year })}
        confirmLabel={t('budget.consolidate')}
        busy={consolidate.isPending}
        footer={consolidate.isError ? <ErrorAlert error={consolidate.error} /> : null}
        onCancel={() => {
          consolidate.reset();
          setConfirmConsolidate(false);
        }}
        onConfirm={() =>
          consolidate.mutate(undefined, {
            onSuccess: (next) => {
              setConfirmConsolidate(false);
              setNotice({ key: 'budget.consolidated', count: next.lines.length });
            },
          })
        }
      >
        <p>{t('budget.consolidate.body')}</p>
        {appraised ? <p className="strong">{t('budget.consolidate.clears')}</p> : null}
      </ConfirmDialog>
      <EstimateTransitionDialog
        estimate={estimate}
        action={dialog}
        onClose={() => setDialog(null)}
        onDone={(a) => {
          setDialog(null);
          setNotice({ key: `budget.done.${a}` });
        }}
      />
    </>
  );
}

/** /budget/:year — the year's budget estimate from consolidation through appraisal to approval. */
export function EstimatePage() {
  const t = useT();
  const navigate = useNavigate();
  const params = useParams();
  const n = Number(params.year);
  const year = Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : currentYear();
  const query = useEstimate(year);
  return (
    <div className="page budget-page">
      <PageHeader
        title={t('budget.title', { year })}
        subtitle={query.data ? t(`budget.status.${query.data.status}`) : undefined}
        actions={
          <>
            <ExportButtons path={`/budget-estimates/${year}/export`} query={{}} />
            <DocumentButton path={`/budget-estimates/${year}/render`} />
          </>
        }
      />
      <div className="budget-year">
        <SelectField
          label={t('budget.year')}
          value={String(year)}
          options={years(year).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => void navigate(`/budget/${e.target.value}`)}
        />
      </div>
      <QueryState query={query}>{(estimate) => <EstimateScreen key={estimate.year} estimate={estimate} />}</QueryState>
    </div>
  );
}
