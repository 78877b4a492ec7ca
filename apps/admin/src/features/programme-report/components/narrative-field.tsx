import { TextAreaField } from '../../../components/ui/field.tsx';
import { useT } from '../../../lib/i18n.tsx';
import type { Narrative } from '../api/get-programme-report.ts';
import { slotLimit, slotText, withSlotText } from '../narrative-draft.ts';
import type { NarrativeSlot } from '../report-sections.ts';

type NarrativeFieldProps = {
  slot: NarrativeSlot;
  draft: Narrative;
  onChange: (next: Narrative) => void;
  /** How a task area's text joins its figures is said once, on the first area, not eleven times. */
  withHint?: boolean;
};

/** The text people write for one section of the report, beside that section. */
export function NarrativeField({ slot, draft, onChange, withHint = true }: NarrativeFieldProps) {
  const t = useT();
  const common = {
    value: slotText(draft, slot),
    maxLength: slotLimit(slot),
    onChange: (e: { target: { value: string } }) => onChange(withSlotText(draft, slot, e.target.value)),
  };
  switch (slot.kind) {
    case 'overview':
      return (
        <TextAreaField
          label={t('programmeReport.field.overview')}
          hint={t('programmeReport.field.overviewHint')}
          rows={6}
          {...common}
        />
      );
    case 'difficulties':
    case 'proposals':
      return (
        <TextAreaField
          label={t(`programmeReport.field.${slot.kind}`)}
          hint={t('programmeReport.field.emptyNone')}
          rows={5}
          {...common}
        />
      );
    case 'taskArea':
      return (
        <TextAreaField
          label={t('programmeReport.field.taskArea', { number: slot.number })}
          hint={withHint ? t('programmeReport.field.taskAreaHint') : undefined}
          rows={2}
          {...common}
        />
      );
  }
}
