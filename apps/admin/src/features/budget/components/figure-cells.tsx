import { formatVnd } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { Figures } from '../estimate-figures.ts';

/** A figure not known yet (a step not done for every line) reads as a dash with its reason. */
export function Amount({ value, pending }: { value: number | null; pending: string }) {
  if (value === null)
    return (
      <span className="muted" title={pending}>
        —<span className="visually-hidden"> {pending}</span>
      </span>
    );
  return <>{formatVnd(value)}</>;
}

/** How far the appraised figure is from the proposed one: "−20.000.000 đ", or nothing when equal. */
export function Difference({ figures }: { figures: Figures }) {
  const t = useT();
  if (figures.appraised === null) return <span className="muted">—</span>;
  const diff = figures.appraised - figures.proposed;
  if (diff === 0) return <span className="muted">{t('budget.diff.none')}</span>;
  return (
    <span className={diff < 0 ? 'diff-cut' : 'diff-raise'}>
      {diff < 0 ? '−' : '+'}
      {formatVnd(Math.abs(diff))}
    </span>
  );
}
