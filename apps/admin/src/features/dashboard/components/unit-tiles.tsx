import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import type { BreakdownRow } from '../api/get-breakdown.ts';
import { formatIndicatorValue, NEAR_POINTS, tileTone, type TileTone } from '../indicator-format.ts';

const RATIO_TONES: TileTone[] = ['met', 'near', 'behind', 'none'];
const COUNT_TONES: TileTone[] = ['some', 'zero', 'none'];

/**
 * One square per unit, coloured by its value against the target: a picture of who is behind
 * without map boundaries. Each square is a link named with the unit, its value and its state, so
 * the colour is never the only carrier of meaning.
 */
export function UnitTiles({
  rows,
  target,
  isRatio,
  unitLabel,
  linkTo,
}: {
  rows: readonly BreakdownRow[];
  target: number | null;
  isRatio: boolean;
  unitLabel: string;
  linkTo: (row: BreakdownRow) => { to: string; state: unknown };
}) {
  const { t, lang } = useI18n();
  const tones = isRatio && target !== null ? RATIO_TONES : COUNT_TONES;
  return (
    <section className="card" aria-labelledby="dash-tiles">
      <h2 id="dash-tiles" className="section-title">
        {t('dashboard.tiles.title')}
      </h2>
      <ul className="dash-tile-legend" aria-label={t('dashboard.tiles.legend')}>
        {tones.map((tone) => (
          <li key={tone}>
            <span className={`dash-swatch dash-tile-${tone}`} aria-hidden="true" />
            {t(`dashboard.tone.${tone}`, { points: NEAR_POINTS })}
          </li>
        ))}
      </ul>
      <ul className="dash-tiles">
        {rows.map((r) => {
          const tone = tileTone(r.value, target, isRatio);
          const value = r.value === null ? t('dashboard.noData') : formatIndicatorValue(r.value, unitLabel, lang);
          const link = linkTo(r);
          return (
            <li key={r.unitId}>
              <Link
                to={link.to}
                state={link.state}
                className={`dash-tile dash-tile-${tone}`}
                aria-label={t('dashboard.tiles.tileName', {
                  unit: r.unitName,
                  value,
                  state: t(`dashboard.tone.${tone}`, { points: NEAR_POINTS }),
                })}
                title={`${r.unitName}: ${value}`}
              >
                <span className="dash-tile-name">{r.unitName}</span>
                <span className="dash-tile-value">{r.value === null ? '—' : value}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
