import type { EstimateView } from '@lantoa/contracts/plans';
import { formatNumber } from '../../../lib/format.ts';
import { hasMessage, useT } from '../../../lib/i18n.tsx';
import { rollUpLines, totalFigures, type FigureRow } from '../estimate-figures.ts';
import { Amount, Difference } from './figure-cells.tsx';

function BreakdownTable<K extends string | number>({
  id,
  caption,
  groupHeader,
  rows,
  total,
}: {
  id: string;
  caption: string;
  groupHeader: string;
  rows: FigureRow<K>[];
  total: ReturnType<typeof totalFigures>;
}) {
  const t = useT();
  const pending = t('budget.pending');
  return (
    <div className="scroll-table" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="fig-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            <th scope="col" className="cell-num">
              {t('budget.col.proposed')}
            </th>
            <th scope="col" className="cell-num">
              {t('budget.col.appraised')}
            </th>
            <th scope="col" className="cell-num">
              {t('budget.col.difference')}
            </th>
            <th scope="col" className="cell-num">
              {t('budget.col.approved')}
            </th>
            <th scope="col" className="cell-num">
              {t('budget.col.lines')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.key)}>
              <th scope="row" className="cell-text">
                {r.label}
              </th>
              <td className="cell-num">
                <Amount value={r.proposed} pending={pending} />
              </td>
              <td className="cell-num">
                <Amount value={r.appraised} pending={pending} />
              </td>
              <td className="cell-num">
                <Difference figures={r} />
              </td>
              <td className="cell-num">
                <Amount value={r.approved} pending={pending} />
              </td>
              <td className="cell-num">{formatNumber(r.lines)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('budget.total')}</th>
            <td className="cell-num">
              <Amount value={total.proposed} pending={pending} />
            </td>
            <td className="cell-num">
              <Amount value={total.appraised} pending={pending} />
            </td>
            <td className="cell-num">
              <Difference figures={total} />
            </td>
            <td className="cell-num">
              <Amount value={total.approved} pending={pending} />
            </td>
            <td className="cell-num">{formatNumber(rows.reduce((s, r) => s + r.lines, 0))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The estimate by unit, by task area and by source, each with every step's figures. */
export function EstimateBreakdowns({
  estimate,
  taskAreas,
}: {
  estimate: EstimateView;
  taskAreas: Map<number, string>;
}) {
  const t = useT();
  const lines = estimate.lines;
  const total = totalFigures(lines);
  const sourceLabel = (s: string) => (hasMessage(`budget.source.${s}`) ? t(`budget.source.${s}`) : s);
  return (
    <section className="card stack" aria-labelledby="estimate-breakdowns">
      <h2 id="estimate-breakdowns" className="section-title">
        {t('budget.breakdowns.title')}
      </h2>
      <BreakdownTable
        id="by-unit"
        caption={t('budget.byUnit')}
        groupHeader={t('budget.col.unit')}
        rows={rollUpLines(
          lines,
          (l) => l.unitId,
          (l) => l.unitName,
        )}
        total={total}
      />
      <BreakdownTable
        id="by-area"
        caption={t('budget.byTaskArea')}
        groupHeader={t('budget.col.taskArea')}
        rows={rollUpLines(
          [...lines].sort((a, b) => a.taskAreaNumber - b.taskAreaNumber),
          (l) => l.taskAreaNumber,
          (l) => `${l.taskAreaNumber}. ${taskAreas.get(l.taskAreaNumber) ?? ''}`.trim(),
        )}
        total={total}
      />
      <BreakdownTable
        id="by-source"
        caption={t('budget.bySource')}
        groupHeader={t('budget.col.source')}
        rows={rollUpLines(
          lines,
          (l) => l.source,
          (l) => sourceLabel(l.source),
        )}
        total={total}
      />
    </section>
  );
}
