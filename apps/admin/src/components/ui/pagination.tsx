import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { Button } from './button.tsx';

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  pageSizes?: readonly number[];
  onPageSizeChange?: (pageSize: number) => void;
};

export function Pagination({ page, pageSize, total, onPageChange, pageSizes, onPageSizeChange }: PaginationProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination-summary">
        {t('pagination.summary', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </p>
      <div className="pagination-controls">
        {pageSizes && onPageSizeChange ? (
          <label className="pagination-size">
            {t('pagination.pageSize')}
            <select
              className="input input-sm"
              value={pageSize}
              onChange={(e) => onPageSizeChange(Number(e.target.value))}
            >
              {pageSizes.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Button size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
          {t('pagination.previous')}
        </Button>
        <span className="pagination-page" aria-current="page">
          {t('pagination.page', { page: formatNumber(page), pages: formatNumber(pages) })}
        </span>
        <Button size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pages}>
          {t('pagination.next')}
        </Button>
      </div>
    </nav>
  );
}
