import type { DocumentBlock, DocumentCell, DocumentHeader, DocumentTable } from '@lantoa/contracts/documents';

/**
 * How an official document reads on screen, line by line as Nghị định 30/2020/NĐ-CP prints it, so
 * that the preview says what the Word and PDF files will say.
 */

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';

/** Agency names, loại văn bản and signature titles are printed in capitals, diacritics kept. */
export function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** An agency name may carry its own line breaks ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG"). */
export function agencyLines(name: string): string[] {
  return upper(name)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** "Số: 12/BC-SKHCN"; before the văn thư gives it a number, room is left for one. */
export function numberLine(header: Pick<DocumentHeader, 'number' | 'symbol'>): string {
  return `Số: ${header.number ?? '\u00a0'.repeat(8)}/${header.symbol}`;
}

/**
 * "Đà Nẵng, ngày 05 tháng 01 năm 2026": days below 10 and the months January and February take a
 * leading zero, as the decree asks, so that no digit can be added later.
 */
export function placeDateLine(place: string, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return `${place}, ${iso}`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The letters of điểm in Vietnamese order: a), b), c), d), đ), e), g)… (no f, j, w, z). */
const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export function listMarker(style: Extract<DocumentBlock, { type: 'list' }>['style'], position: number): string {
  if (style === 'dash') return '-';
  if (style === 'letter') return `${LETTERS[(position - 1) % LETTERS.length]})`;
  return `${position}.`;
}

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number cell grouped the Vietnamese way ("1.250.000"); text as written; nothing for null. */
export function cellText(cell: DocumentCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? numbers.format(cell) : cell;
}

export type CellAlign = 'left' | 'center' | 'right';

export function columnAlign(table: Pick<DocumentTable, 'columns'>, i: number): CellAlign {
  const c = table.columns[i];
  if (!c) return 'left';
  return c.align ?? (c.kind === 'number' ? 'right' : 'left');
}

/** Each column's share of the table's width, in per cent, from the relative widths. */
export function columnPercents(table: Pick<DocumentTable, 'columns'>): number[] {
  const sum = table.columns.reduce((s, c) => s + c.width, 0);
  return table.columns.map((c) => (sum > 0 ? (c.width / sum) * 100 : 100 / table.columns.length));
}
