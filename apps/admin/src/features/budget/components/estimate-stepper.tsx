import type { EstimateView } from '@lantoa/contracts/plans';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';

type StepKey = 'consolidate' | 'appraise' | 'approve';
const STEPS: readonly StepKey[] = ['consolidate', 'appraise', 'approve'];
/** How many steps are done in each status; the next one is the current step. */
const DONE: Record<EstimateView['status'], number> = {
  assembling: 0,
  appraising: 1,
  awaiting_approval: 2,
  approved: 3,
};

/** Tổng hợp → Thẩm định → Phê duyệt, with who does each step and when it was done. */
export function EstimateStepper({ estimate }: { estimate: EstimateView }) {
  const t = useT();
  const done = DONE[estimate.status];
  const dates: Record<StepKey, string | null> = {
    consolidate: estimate.consolidatedAt,
    appraise: estimate.appraisedAt,
    approve: estimate.approvedAt,
  };
  return (
    <ol className="stepper" aria-label={t('budget.steps.label')}>
      {STEPS.map((step, i) => {
        const state = i < done ? 'done' : i === done ? 'current' : 'todo';
        return (
          <li key={step} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-marker" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className="step-text">
              <span className="step-name">{t(`budget.step.${step}`)}</span>
              <span className="step-who">{t(`budget.step.${step}.who`)}</span>
              <span className="step-state">
                {t(`budget.stepState.${state}`)}
                {state === 'done' && dates[step] ? ` · ${formatDateTime(dates[step])}` : ''}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
