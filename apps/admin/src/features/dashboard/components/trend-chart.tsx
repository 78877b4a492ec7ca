import { useSyncExternalStore } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { chartTop, formatFigure, formatIndicatorTarget, formatIndicatorValue } from '../indicator-format.ts';

type Point = { year: number; value: number | null; target: number | null };

type TrendChartProps = {
  series: readonly Point[];
  /** The upper end of a target range ("2–3 models"), when the target is one. */
  targetMax: number | null;
  unitLabel: string;
  /** The year the page is about, drawn darker. */
  year: number;
  /** What the table behind the chart is about, for screen readers. */
  caption: string;
  size?: 'sm' | 'lg';
};

/**
 * A target over the programme's years: one bar per year, the year's target as a dashed line (a
 * band for a range). The drawing is for the eye; the same figures are in a table for screen
 * readers.
 */
const PHONE = '(max-width: 639px)';

function subscribePhone(onChange: () => void) {
  const query = window.matchMedia(PHONE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** A large chart drawn at phone width would shrink its labels out of reading: phones get the small one. */
function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribePhone,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

export function TrendChart({ series, targetMax, unitLabel, year, caption, size: asked = 'sm' }: TrendChartProps) {
  const { t, lang } = useI18n();
  const size = useIsPhone() ? 'sm' : asked;
  const W = size === 'lg' ? 560 : 300;
  const H = size === 'lg' ? 190 : 120;
  const pad = { l: 30, r: 6, t: 14, b: 20 };
  const plotW = W - pad.l - pad.r;
  const plotH = H - pad.t - pad.b;
  const top = chartTop([...series.flatMap((p) => [p.value, p.target]), targetMax], unitLabel);
  const y = (v: number) => pad.t + plotH * (1 - Math.min(v, top) / top);
  const slot = plotW / Math.max(1, series.length);
  const barW = Math.min(slot * 0.56, 64);
  const ticks = unitLabel === '%' ? [0, 50, 100] : Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top];

  return (
    <figure className={`dash-chart dash-chart-${size}`}>
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {ticks.map((v) => (
          <g key={v}>
            <line className="dash-gridline" x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} />
            <text className="dash-tick" x={pad.l - 4} y={y(v) + 3} textAnchor="end">
              {formatFigure(v, lang, 0)}
            </text>
          </g>
        ))}
        {series.map((p, i) => {
          const cx = pad.l + slot * (i + 0.5);
          const met = p.value !== null && p.target !== null && p.value >= p.target;
          const cls = ['dash-bar', met ? 'dash-bar-met' : '', p.year === year ? 'dash-bar-current' : '']
            .filter(Boolean)
            .join(' ');
          const half = Math.min(slot * 0.46, barW * 0.9);
          return (
            <g key={p.year}>
              {p.target !== null && targetMax !== null && targetMax > p.target ? (
                <rect
                  className="dash-band"
                  x={cx - half}
                  width={half * 2}
                  y={y(targetMax)}
                  height={Math.max(1, y(p.target) - y(targetMax))}
                />
              ) : null}
              {p.value !== null ? (
                <>
                  <rect
                    className={cls}
                    x={cx - barW / 2}
                    width={barW}
                    y={y(p.value)}
                    height={Math.max(1.5, y(0) - y(p.value))}
                  />
                  {/* Inside a tall bar (clear of the target line just above it), above a short one. */}
                  {y(0) - y(p.value) > 16 ? (
                    <text
                      className={p.year === year ? 'dash-bar-label dash-bar-label-in' : 'dash-bar-label'}
                      x={cx}
                      y={y(p.value) + 11}
                      textAnchor="middle"
                    >
                      {formatFigure(p.value, lang, 0)}
                    </text>
                  ) : (
                    <text className="dash-bar-label" x={cx} y={Math.max(9, y(p.value) - 3)} textAnchor="middle">
                      {formatFigure(p.value, lang, 0)}
                    </text>
                  )}
                </>
              ) : (
                <text className="dash-bar-none" x={cx} y={y(0) - 3} textAnchor="middle">
                  –
                </text>
              )}
              {p.target !== null ? (
                <line className="dash-target" x1={cx - half} x2={cx + half} y1={y(p.target)} y2={y(p.target)} />
              ) : null}
              <text
                className={p.year === year ? 'dash-year dash-year-current' : 'dash-year'}
                x={cx}
                y={H - 5}
                textAnchor="middle"
              >
                {p.year}
              </text>
            </g>
          );
        })}
        <line className="dash-axis" x1={pad.l} x2={W - pad.r} y1={y(0)} y2={y(0)} />
      </svg>
      <figcaption className="dash-legend" aria-hidden="true">
        <span className="dash-legend-item">
          <span className="dash-legend-bar" />
          {t('dashboard.chart.actual')}
        </span>
        <span className="dash-legend-item">
          <span className="dash-legend-target" />
          {t('dashboard.chart.target')}
        </span>
      </figcaption>
      {/* A table does not shrink to the 1px of .visually-hidden: its box does. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.chart.year')}</th>
              <th scope="col">{t('dashboard.chart.actual')}</th>
              <th scope="col">{t('dashboard.chart.target')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td>{p.value === null ? t('dashboard.noData') : formatIndicatorValue(p.value, unitLabel, lang)}</td>
                <td>
                  {p.target === null
                    ? t('dashboard.noTarget')
                    : formatIndicatorTarget(p.target, targetMax, unitLabel, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
