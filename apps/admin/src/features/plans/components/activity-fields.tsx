import { AUDIENCES, CHANNELS } from '@lantoa/contracts/plans';
import { UnitPicker } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useT } from '../../../lib/i18n.tsx';
import type { TaskAreaOption } from '../api/get-task-areas.ts';
import type { ActivityDraft } from '../plan-draft.ts';
import { ChoiceChips } from './choice-chips.tsx';
import { TagsInput } from './tags-input.tsx';

export function taskAreaOptions(areas: readonly TaskAreaOption[]) {
  return areas.map((a) => ({ value: String(a.number), label: `${a.number}. ${a.title}` }));
}

/** One activity of the plan: what, for whom, through which channels, when, by whom, how much. */
export function ActivityFields({
  index,
  activity,
  taskAreas,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  activity: ActivityDraft;
  taskAreas: readonly TaskAreaOption[];
  /** Field problems of this activity, keyed by field name. */
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<ActivityDraft>) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const n = index + 1;
  const headingId = `activity-${activity.key}`;
  return (
    <section className="plan-item" aria-labelledby={headingId}>
      <div className="plan-item-head">
        <h3 id={headingId} className="plan-item-title">
          {t('plans.activity.numbered', { n })}
          {activity.title.trim() ? <span className="muted">: {activity.title.trim()}</span> : null}
        </h3>
        <Button size="sm" variant="ghost" onClick={onRemove} aria-label={t('plans.activity.removeNamed', { n })}>
          {t('common.remove')}
        </Button>
      </div>
      <SelectField
        label={t('plans.activity.taskAreaNumber')}
        required
        value={activity.taskAreaNumber === null ? '' : String(activity.taskAreaNumber)}
        placeholder={t('common.choose')}
        options={taskAreaOptions(taskAreas)}
        error={errors.taskAreaNumber}
        onChange={(e) => onChange({ taskAreaNumber: e.target.value ? Number(e.target.value) : null })}
      />
      <TextField
        label={t('plans.activity.title')}
        required
        value={activity.title}
        maxLength={300}
        error={errors.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <TextAreaField
        label={t('plans.activity.description')}
        value={activity.description}
        maxLength={4000}
        error={errors.description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
      <ChoiceChips
        legend={t('plans.activity.audiences')}
        options={AUDIENCES.map((a) => ({ value: a, label: t(`plans.audience.${a}`) }))}
        value={activity.audiences}
        onChange={(audiences) => onChange({ audiences })}
      />
      <ChoiceChips
        legend={t('plans.activity.channels')}
        options={CHANNELS.map((c) => ({ value: c, label: t(`plans.channel.${c}`) }))}
        value={activity.channels}
        onChange={(channels) => onChange({ channels })}
      />
      <div className="form-row">
        <DatePicker
          label={t('plans.activity.periodStart')}
          value={activity.periodStart}
          error={errors.periodStart}
          hint={null}
          onChange={(periodStart) => onChange({ periodStart })}
        />
        <DatePicker
          label={t('plans.activity.periodEnd')}
          value={activity.periodEnd}
          error={errors.periodEnd}
          hint={null}
          min={activity.periodStart || undefined}
          onChange={(periodEnd) => onChange({ periodEnd })}
        />
      </div>
      <UnitPicker
        label={t('plans.activity.responsibleUnitId')}
        hint={t('plans.activity.responsibleHint')}
        value={activity.responsibleUnit}
        error={errors.responsibleUnitId}
        onChange={(u) => onChange({ responsibleUnit: u ? { id: u.id, name: u.name } : null })}
      />
      <div className="form-row">
        <TextField
          label={t('plans.activity.outputQuantity')}
          inputMode="decimal"
          value={activity.outputQuantity}
          error={errors.outputQuantity}
          onChange={(e) => onChange({ outputQuantity: e.target.value })}
        />
        <TextField
          label={t('plans.activity.outputUnit')}
          hint={t('plans.activity.outputUnitHint')}
          value={activity.outputUnit}
          maxLength={50}
          error={errors.outputUnit}
          onChange={(e) => onChange({ outputUnit: e.target.value })}
        />
      </div>
      <TagsInput
        label={t('plans.activity.linkedProgrammes')}
        hint={t('plans.activity.linkedProgrammesHint')}
        value={activity.linkedProgrammes}
        error={errors.linkedProgrammes}
        onChange={(linkedProgrammes) => onChange({ linkedProgrammes })}
      />
    </section>
  );
}
