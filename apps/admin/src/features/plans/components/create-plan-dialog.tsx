import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { roleHasPermission } from '@lantoa/contracts/access';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Modal } from '../../../components/ui/modal.tsx';
import { useMe } from '../../../lib/auth.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { yearOptions } from '../plan-years.ts';

/**
 * Chooses the unit and year of a new plan. Where the user edits plans of one unit only, that unit
 * is chosen already; the server decides in the end and refuses units outside the user's scope.
 */
export function CreatePlanDialog({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const editable = me.roles.filter((r) => roleHasPermission(r.role, 'plan:edit'));
  const only = editable.length === 1 ? editable[0] : undefined;
  const [unit, setUnit] = useState<PickedUnit | null>(only ? { id: only.unitId, name: only.unitName } : null);
  const [chosenYear, setChosenYear] = useState(year);
  const [error, setError] = useState<string | undefined>();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!unit) {
      setError(t('plans.create.unitRequired'));
      return;
    }
    const query = new URLSearchParams({ unitId: unit.id, year: String(chosenYear) });
    void navigate(`/plans/new?${query.toString()}`);
  }

  return (
    <Modal open={open} title={t('plans.create.title')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <UnitPicker
          label={t('plans.create.unit')}
          value={unit}
          required
          error={error}
          hint={
            editable.length > 0
              ? t('plans.create.scope', { units: editable.map((r) => r.unitName).join(', ') })
              : undefined
          }
          onChange={(u) => {
            setUnit(u);
            setError(undefined);
          }}
        />
        <SelectField
          label={t('plans.year')}
          value={String(chosenYear)}
          options={yearOptions(chosenYear).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => setChosenYear(Number(e.target.value))}
          className="plans-year"
        />
        <div className="form-actions">
          <Button type="submit" variant="primary">
            {t('plans.create.continue')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Modal>
  );
}
