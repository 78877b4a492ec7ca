import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { orgUnitKeys } from '../api/keys.ts';

/**
 * Units from a spreadsheet: new codes become units under the chosen parent from the effective
 * date; codes already there are renamed from that day when their name differs.
 */
export function UnitImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const [parent, setParent] = useState<PickedUnit | null>(null);
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const [legalBasis, setLegalBasis] = useState('');
  const options =
    parent && effectiveDate
      ? { parentId: parent.id, effectiveDate, ...(legalBasis.trim() ? { legalBasis: legalBasis.trim() } : {}) }
      : null;
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: orgUnitKeys.all }), [queryClient]);

  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('unitImport.title')}
        subtitle={t('unitImport.subtitle')}
        actions={<ButtonLink to="/org-units?view=list">{t('unitImport.back')}</ButtonLink>}
      />
      <ImportPanel kind="org-units" options={options} onApplied={refresh}>
        <UnitPicker
          label={t('unitImport.parent')}
          value={parent}
          onChange={setParent}
          asOf={effectiveDate || undefined}
          required
          hint={t('unitImport.parentHint')}
        />
        <DatePicker label={t('unitImport.effectiveDate')} value={effectiveDate} onChange={setEffectiveDate} required />
        <TextField
          label={t('unitImport.legalBasis')}
          value={legalBasis}
          maxLength={500}
          hint={t('unitImport.legalBasisHint')}
          onChange={(e) => setLegalBasis(e.target.value)}
        />
      </ImportPanel>
    </div>
  );
}
