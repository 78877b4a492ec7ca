import { BUDGET_SOURCES, type BudgetSource } from '@lantoa/contracts/plans';
import { AmountInput } from '../../../components/ui/amount-input.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { formatVnd } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { TaskAreaOption } from '../api/get-task-areas.ts';
import { computeSourceTotals, type ActivityDraft, type BudgetLineDraft } from '../plan-draft.ts';
import { taskAreaOptions } from './activity-fields.tsx';

/** One line of the plan's budget: what the money is for, how much, and from which source. */
export function BudgetLineFields({
  index,
  line,
  activities,
  taskAreas,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  line: BudgetLineDraft;
  activities: readonly ActivityDraft[];
  taskAreas: readonly TaskAreaOption[];
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<BudgetLineDraft>) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const n = index + 1;
  const headingId = `line-${line.key}`;
  return (
    <section className="plan-item plan-line" aria-labelledby={headingId}>
      <div className="plan-item-head">
        <h3 id={headingId} className="plan-item-title">
          {t('plans.line.numbered', { n })}
        </h3>
        <Button size="sm" variant="ghost" onClick={onRemove} aria-label={t('plans.line.removeNamed', { n })}>
          {t('common.remove')}
        </Button>
      </div>
      <div className="plan-line-grid">
        <SelectField
          label={t('plans.line.activityIndex')}
          value={line.activityKey ?? ''}
          placeholder={t('plans.line.noActivity')}
          options={activities.map((a, i) => ({
            value: a.key,
            label: `${t('plans.activity.numbered', { n: i + 1 })}${a.title.trim() ? `: ${a.title.trim()}` : ''}`,
          }))}
          error={errors.activityIndex}
          onChange={(e) => {
            const activity = activities.find((a) => a.key === e.target.value);
            // A line funds its activity's task area unless told otherwise.
            onChange({
              activityKey: activity?.key ?? null,
              taskAreaNumber: line.taskAreaNumber ?? activity?.taskAreaNumber ?? null,
            });
          }}
        />
        <SelectField
          label={t('plans.line.taskAreaNumber')}
          required
          value={line.taskAreaNumber === null ? '' : String(line.taskAreaNumber)}
          placeholder={t('common.choose')}
          options={taskAreaOptions(taskAreas)}
          error={errors.taskAreaNumber}
          onChange={(e) => onChange({ taskAreaNumber: e.target.value ? Number(e.target.value) : null })}
        />
        <TextField
          className="plan-line-wide"
          label={t('plans.line.description')}
          required
          value={line.description}
          maxLength={500}
          error={errors.description}
          onChange={(e) => onChange({ description: e.target.value })}
        />
        <AmountInput
          label={t('plans.line.amount')}
          required
          value={line.amount}
          error={errors.amount}
          onChange={(amount) => onChange({ amount })}
        />
        <SelectField
          label={t('plans.line.source')}
          required
          value={line.source}
          placeholder={t('common.choose')}
          options={BUDGET_SOURCES.map((s) => ({ value: s, label: t(`plans.source.${s}`) }))}
          error={errors.source}
          onChange={(e) => onChange({ source: e.target.value as BudgetSource | '' })}
        />
      </div>
    </section>
  );
}

/** The plan's money per source of funds, and in all. */
export function SourceTotals({
  lines,
  caption,
}: {
  lines: readonly Pick<BudgetLineDraft, 'amount' | 'source'>[];
  caption: string;
}) {
  const t = useT();
  const totals = computeSourceTotals(lines);
  return (
    <div className="scroll-table" role="region" aria-label={caption} tabIndex={0}>
      <table className="fig-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.line.source')}</th>
            <th scope="col" className="cell-num">
              {t('plans.line.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {BUDGET_SOURCES.map((s) => (
            <tr key={s}>
              <th scope="row">{t(`plans.source.${s}`)}</th>
              <td className="cell-num">{formatVnd(totals.bySource[s])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plans.totals.all')}</th>
            <td className="cell-num">{formatVnd(totals.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
