import type { DocumentBlock, DocumentCell, DocumentTable, OfficialDocument } from '@lantoa/contracts/documents';
import { formatNumber, placeAndDate, upper } from './words.ts';

/**
 * What both renderers share: the page and type sizes of Nghị định 30/2020/NĐ-CP (Phụ lục I) and
 * the exact texts that are printed, so that the PDF and the DOCX of a document say the same.
 */

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** A4 in points. */
export const PAGE = { width: 210 * MM, height: 297 * MM } as const;

/** Lề trên, dưới 20–25 mm; lề trái 30–35 mm; lề phải 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Width of the text area in mm (165). */
export const TEXT_WIDTH_MM = 210 - MARGINS_MM.left - MARGINS_MM.right;

/** The title block's left column (agency, number); the right one (Quốc hiệu, date) takes the rest. */
export const HEADER_LEFT_MM = 70;

/** Nơi nhận on the left, the signature on the right. */
export const CLOSING_LEFT_MM = 75;

/** First-line indent of body paragraphs (1–1.27 cm). */
export const FIRST_LINE_INDENT_MM = 10;

/** Distance between lines of body text (14 pt type: single spacing is about 16 pt; the decree allows up to 1.5 lines). */
export const BODY_LINE_PT = 17;

/** Space after a paragraph (at least 6 pt). */
export const PARAGRAPH_GAP_PT = 6;

/** Space between the body and nơi nhận, signature. */
export const CLOSING_GAP_PT = 8;

/** Room for the signature and seal between the signer's title and name. */
export const SIGNATURE_SPACE_PT = 72;

/** Font sizes in points. */
export const SIZE = {
  parentAgency: 12,
  agency: 12,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  letterSummary: 12,
  placeDate: 14,
  kind: 14,
  summary: 14,
  body: 14,
  tableCaption: 13,
  table: 12,
  recipientsLabel: 12,
  recipients: 11,
  signature: 14,
  pageNumber: 13,
} as const;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';

/** The decree's rule under the agency name and under the trích yếu: 1/3 to 1/2 of the line. */
export const SHORT_RULE_RATIO = 0.4;

/** "Số: 05/KH-SKHCN"; a draft leaves room for the number ("Số:      /KH-SKHCN"). */
export function numberLine(doc: OfficialDocument): string {
  const n = doc.header.number ?? '\u00a0'.repeat(8);
  return `Số: ${n}/${doc.header.symbol}`;
}

export function placeDateLine(doc: OfficialDocument): string {
  return placeAndDate(doc.header.place, doc.header.date);
}

/** A công văn has no loại văn bản: its trích yếu goes under the number as "V/v …". */
export function isLetter(doc: OfficialDocument): boolean {
  return doc.kind === null;
}

export function letterSummaryLine(doc: OfficialDocument): string {
  return `V/v ${doc.summary}`;
}

/** The letters of điểm: a), b), c), d), đ), e), g) … (Vietnamese order, no f, j, w, z). */
const LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

export function listMarker(style: 'number' | 'letter' | 'dash', position: number): string {
  if (style === 'dash') return '-';
  if (style === 'letter') return `${LETTERS[(position - 1) % LETTERS.length]})`;
  return `${position}.`;
}

/** Each list item as the paragraph that is printed: marker, space, text. */
export function listItems(block: Extract<DocumentBlock, { type: 'list' }>): string[] {
  return block.items.map((item, i) => `${listMarker(block.style, block.start + i)} ${item}`);
}

export function cellText(cell: DocumentCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  return cell;
}

export type CellAlign = 'left' | 'center' | 'right';

export function columnAlign(table: DocumentTable, i: number): CellAlign {
  const c = table.columns[i]!;
  return c.align ?? (c.kind === 'number' ? 'right' : 'left');
}

/** Column widths in points, in proportion to their relative widths, filling `total`. */
export function columnWidths(table: DocumentTable, total: number): number[] {
  const sum = table.columns.reduce((s, c) => s + c.width, 0);
  return table.columns.map((c) => (c.width / sum) * total);
}

export function recipientLines(doc: OfficialDocument): string[] {
  return doc.recipients.map((r) => `- ${r}`);
}

/** Quyền hạn and chức vụ, in capitals, one line each. */
export function signatureTitleLines(doc: OfficialDocument): string[] {
  return [...doc.signature.authority.map(upper), upper(doc.signature.title)];
}

/** Agency names may carry explicit line breaks ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG"). */
export function agencyLines(name: string): string[] {
  return upper(name)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Everything the document prints, in reading order: the title block row by row (agency names,
 * Quốc hiệu and tiêu ngữ; then số, địa danh and ngày), the title, the body, nơi nhận, then the
 * signature. Used to check that a rendered
 * file says exactly this, and as a plain-text preview.
 */
export function documentText(doc: OfficialDocument): string[] {
  const out: string[] = [];
  if (doc.header.parentAgency) out.push(...agencyLines(doc.header.parentAgency));
  out.push(...agencyLines(doc.header.agency), NATIONAL_TITLE, NATIONAL_MOTTO, numberLine(doc));
  if (isLetter(doc)) out.push(letterSummaryLine(doc));
  out.push(placeDateLine(doc));
  if (!isLetter(doc)) out.push(upper(doc.kind!), doc.summary);
  for (const b of doc.body) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'list':
        out.push(...listItems(b));
        break;
      case 'table':
        if (b.caption) out.push(b.caption);
        if (b.unitNote) out.push(b.unitNote);
        out.push(b.columns.map((c) => c.header).join(' '));
        for (const r of b.total ? [...b.rows, b.total] : b.rows) out.push(r.map(cellText).filter(Boolean).join(' '));
        break;
    }
  }
  if (doc.recipients.length) out.push(RECIPIENTS_LABEL, ...recipientLines(doc));
  out.push(...signatureTitleLines(doc), doc.signature.name);
  return out;
}
