import { ROLES } from '@lantoa/contracts/access';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';

export type RoleRow = { key: number; role: string; unit: PickedUnit | null };

type Props = {
  rows: RoleRow[];
  onChange: (rows: RoleRow[]) => void;
  errors: FieldErrors;
};

/** Each role holds on a unit and everything under it. */
export function RoleAssignmentsEditor({ rows, onChange, errors }: Props) {
  const t = useT();
  const nextKey = rows.reduce((max, r) => Math.max(max, r.key), 0) + 1;
  const patch = (key: number, p: Partial<RoleRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...p } : r)));

  return (
    <fieldset className="fieldset">
      <legend>{t('user.roles')}</legend>
      <p className="field-hint">{t('user.rolesHint')}</p>
      {rows.length === 0 ? <p className="muted">{t('user.noRoles')}</p> : null}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="fieldset-inner role-row">
          <legend>{t('user.assignment', { n: i + 1 })}</legend>
          <div className="form-row">
            <SelectField
              label={t('user.role')}
              required
              value={row.role}
              placeholder={t('common.choose')}
              options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              onChange={(e) => patch(row.key, { role: e.target.value })}
              error={errors[`roles.${i}.role`]}
            />
            <UnitPicker
              label={t('user.assignmentUnit')}
              required
              value={row.unit}
              onChange={(unit) => patch(row.key, { unit })}
              error={errors[`roles.${i}.unitId`]}
            />
          </div>
          <div className="form-actions">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              aria-label={t('user.removeAssignmentNamed', { n: i + 1 })}
            >
              {t('user.removeAssignment')}
            </Button>
          </div>
        </fieldset>
      ))}
      {errors.roles ? <p className="field-error">{errors.roles}</p> : null}
      <div>
        <Button
          size="sm"
          onClick={() => onChange([...rows, { key: nextKey, role: '', unit: null }])}
          disabled={rows.length >= 20}
        >
          {t('user.addAssignment')}
        </Button>
      </div>
    </fieldset>
  );
}
