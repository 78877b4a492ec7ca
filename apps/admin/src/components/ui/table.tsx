import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n.tsx';

export type SortOrder = 'asc' | 'desc';
export type SortState<K extends string = string> = { sort: K; order: SortOrder };

export type Column<T, K extends string = string> = {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The server's sort key when this column can be sorted. */
  sortKey?: K;
  className?: string;
  /** Shown first on a phone, as the title of the row's card. */
  primary?: boolean;
};

type TableProps<T, K extends string> = {
  caption: string;
  columns: readonly Column<T, K>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  sort?: SortState<K>;
  onSortChange?: (next: SortState<K>) => void;
  /** Hides the caption visually; screen readers still announce it. */
  hideCaption?: boolean;
};

/**
 * A data table whose sortable headers are buttons announcing their order. Below 640 px each row
 * becomes a card with its headers as labels.
 */
export function Table<T, K extends string = string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  hideCaption = true,
}: TableProps<T, K>) {
  const t = useT();

  function toggle(key: K) {
    if (!onSortChange) return;
    if (sort?.sort === key) onSortChange({ sort: key, order: sort.order === 'asc' ? 'desc' : 'asc' });
    else onSortChange({ sort: key, order: 'asc' });
  }

  return (
    <div className="table-wrap">
      <table className="table">
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((col) => {
              const active = col.sortKey !== undefined && sort?.sort === col.sortKey;
              const ariaSort = active ? (sort?.order === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th key={col.key} scope="col" aria-sort={ariaSort} className={col.className}>
                  {col.sortKey !== undefined && onSortChange ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => toggle(col.sortKey as K)}
                      title={t('table.sortBy', { column: col.header })}
                    >
                      {col.header}
                      <span className="sort-indicator" aria-hidden="true">
                        {active ? (sort?.order === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    col.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((col) => (
                <td
                  key={col.key}
                  data-label={col.header}
                  className={
                    [col.className ?? '', col.primary ? 'cell-primary' : ''].filter(Boolean).join(' ') || undefined
                  }
                >
                  {col.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
