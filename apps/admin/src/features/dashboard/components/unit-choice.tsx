import { useState } from 'react';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';

/** The chosen unit, and the search box once the user asks to change it; the choice is the caller's. */
export function UnitChoice({
  unit,
  label,
  onChange,
}: {
  unit: PickedUnit | null;
  label: string;
  onChange: (unit: PickedUnit) => void;
}) {
  const [picking, setPicking] = useState(false);
  return (
    <UnitPicker
      label={label}
      value={picking ? null : unit}
      onChange={(next) => {
        if (next) {
          setPicking(false);
          onChange(next);
        } else setPicking(true);
      }}
    />
  );
}
