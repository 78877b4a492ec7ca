import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { EstimateView } from '@lantoa/contracts/plans';
import { AmountInput } from '../../../components/ui/amount-input.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasMessage, useT } from '../../../lib/i18n.tsx';
import { useAppraiseLine } from '../api/appraise-line.ts';
import type { EstimateLine } from '../estimate-figures.ts';
import { Amount, Difference } from './figure-cells.tsx';

type RowProps = {
  line: EstimateLine;
  year: number;
  lockVersion: number;
  canAppraise: boolean;
  taskAreas: Map<number, string>;
};

/**
 * One line: proposed, appraised and approved side by side. Sở Tài chính types its figure in the
 * row itself; a figure other than the proposed one needs a reason, checked here and by the server.
 */
function LineRow({ line, year, lockVersion, canAppraise, taskAreas }: RowProps) {
  const t = useT();
  const appraise = useAppraiseLine(year);
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState<number | null>(line.appraisedAmount ?? line.proposedAmount);
  const [reason, setReason] = useState(line.appraisalReason ?? '');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  const amountId = useId();
  const reasonId = useId();
  // In a table that scrolls sideways on a phone, the field to fix may be out of sight: go to it.
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const pending = t('budget.pending');
  const sourceLabel = hasMessage(`budget.source.${line.source}`) ? t(`budget.source.${line.source}`) : line.source;

  function send(appraisedAmount: number, why: string) {
    appraise.mutate(
      { lineId: line.id, appraisedAmount, reason: why.trim() || null, lockVersion },
      {
        onSuccess: () => {
          setEditing(false);
          setErrors({});
        },
        onError: (err) => {
          if (isApiError(err, 'COMMENT_REQUIRED')) {
            setErrors({ reason: err.message });
            focus(reasonId);
          } else if (isApiError(err, 'VALIDATION_FAILED')) {
            setErrors({ amount: err.issues[0]?.message ?? err.message });
            focus(amountId);
          }
        },
      },
    );
  }

  function save() {
    if (amount === null) {
      setErrors({ amount: t('budget.appraise.amountRequired') });
      focus(amountId);
      return;
    }
    if (amount !== line.proposedAmount && !reason.trim()) {
      setErrors({ reason: t('budget.appraise.reasonRequired') });
      focus(reasonId);
      return;
    }
    send(amount, reason);
  }

  const fieldError =
    appraise.isError &&
    !isApiError(appraise.error, 'COMMENT_REQUIRED') &&
    !isApiError(appraise.error, 'VALIDATION_FAILED');
  const name = line.description;
  return (
    <tr className={editing ? 'row-editing' : undefined}>
      <td className="cell-unit">{line.unitName}</td>
      <td className="cell-text">
        {line.description}
        <span className="cell-sub">
          {line.taskAreaNumber}. {taskAreas.get(line.taskAreaNumber) ?? ''}
        </span>
      </td>
      <td className="cell-source">{sourceLabel}</td>
      <td className="cell-num">
        <Amount value={line.proposedAmount} pending={pending} />
      </td>
      <td className="cell-num cell-appraised">
        {editing ? (
          <AmountInput
            id={amountId}
            className="field-compact"
            label={t('budget.appraise.amountFor', { line: name })}
            value={amount}
            error={errors.amount}
            onChange={setAmount}
          />
        ) : (
          <>
            <Amount value={line.appraisedAmount} pending={t('budget.notAppraised')} />
            {line.appraisedAmount !== null && line.appraisedAmount !== line.proposedAmount ? (
              <span className="cell-sub">
                <Difference
                  figures={{ proposed: line.proposedAmount, appraised: line.appraisedAmount, approved: null }}
                />
              </span>
            ) : null}
          </>
        )}
      </td>
      <td className="cell-reason">
        {editing ? (
          <TextAreaField
            id={reasonId}
            className="field-compact"
            label={t('budget.appraise.reasonFor', { line: name })}
            rows={2}
            maxLength={2000}
            required={amount !== null && amount !== line.proposedAmount}
            value={reason}
            error={errors.reason}
            placeholder={t('budget.appraise.reasonPlaceholder')}
            onChange={(e) => {
              setReason(e.target.value);
              setErrors((x) => ({ ...x, reason: undefined }));
            }}
          />
        ) : (
          (line.appraisalReason ?? <span className="muted">—</span>)
        )}
      </td>
      <td className="cell-num">
        <Amount value={line.approvedAmount} pending={t('budget.notApproved')} />
      </td>
      <td className="nowrap">
        <Link to={`/plans/${line.planId}`}>{t('budget.planVersion', { n: line.planVersionNo })}</Link>
      </td>
      {canAppraise ? (
        <td className="cell-actions">
          {editing ? (
            <div className="button-stack">
              <Button size="sm" variant="primary" busy={appraise.isPending} onClick={save}>
                {t('budget.appraise.save')}
              </Button>
              <Button
                size="sm"
                disabled={appraise.isPending}
                onClick={() => {
                  setEditing(false);
                  setErrors({});
                  appraise.reset();
                  setAmount(line.appraisedAmount ?? line.proposedAmount);
                  setReason(line.appraisalReason ?? '');
                }}
              >
                {t('common.cancel')}
              </Button>
              {fieldError ? <ErrorAlert error={appraise.error} /> : null}
            </div>
          ) : (
            <div className="button-stack">
              <Button
                size="sm"
                onClick={() => {
                  setAmount(line.appraisedAmount ?? line.proposedAmount);
                  setReason(line.appraisalReason ?? '');
                  setErrors({});
                  appraise.reset();
                  setEditing(true);
                  focus(amountId);
                }}
                aria-label={t('budget.appraise.editNamed', { line: name })}
              >
                {t('budget.appraise.edit')}
              </Button>
              {line.appraisedAmount === null ? (
                <Button
                  size="sm"
                  variant="ghost"
                  busy={appraise.isPending}
                  onClick={() => send(line.proposedAmount, '')}
                  aria-label={t('budget.appraise.keepNamed', { line: name })}
                >
                  {t('budget.appraise.keep')}
                </Button>
              ) : null}
              {fieldError ? <ErrorAlert error={appraise.error} /> : null}
            </div>
          )}
        </td>
      ) : null}
    </tr>
  );
}

/** Every line of the estimate, each step's figure side by side; editable by Sở Tài chính while appraising. */
export function EstimateLines({
  estimate,
  canAppraise,
  taskAreas,
}: {
  estimate: EstimateView;
  canAppraise: boolean;
  taskAreas: Map<number, string>;
}) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="estimate-lines">
      <h2 id="estimate-lines" className="section-title">
        {t('budget.lines.title')} <span className="muted small">({estimate.lines.length})</span>
      </h2>
      {canAppraise ? <p className="field-hint budget-hint">{t('budget.lines.appraiseHint')}</p> : null}
      {estimate.lines.length === 0 ? (
        <p className="muted">{t('budget.lines.empty')}</p>
      ) : (
        <div className="scroll-table" role="region" aria-labelledby="estimate-lines" tabIndex={0}>
          <table className="fig-table lines-table">
            <thead>
              <tr>
                <th scope="col">{t('budget.col.unit')}</th>
                <th scope="col">{t('budget.col.description')}</th>
                <th scope="col">{t('budget.col.source')}</th>
                <th scope="col" className="cell-num">
                  {t('budget.col.proposed')}
                </th>
                <th scope="col" className="cell-num">
                  {t('budget.col.appraised')}
                </th>
                <th scope="col">{t('budget.col.reason')}</th>
                <th scope="col" className="cell-num">
                  {t('budget.col.approved')}
                </th>
                <th scope="col">{t('budget.col.plan')}</th>
                {canAppraise ? <th scope="col">{t('budget.col.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {estimate.lines.map((l) => (
                <LineRow
                  key={l.id}
                  line={l}
                  year={estimate.year}
                  lockVersion={estimate.lockVersion}
                  canAppraise={canAppraise}
                  taskAreas={taskAreas}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
