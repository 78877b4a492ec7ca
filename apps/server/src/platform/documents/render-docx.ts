import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
} from 'docx';
import type { DocumentBlock, DocumentTable, OfficialDocument } from '@lantoa/contracts/documents';
import { textWidth, type FontStyle } from './fonts.ts';
import {
  CLOSING_GAP_PT,
  CLOSING_LEFT_MM,
  FIRST_LINE_INDENT_MM,
  HEADER_LEFT_MM,
  MARGINS_MM,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  BODY_LINE_PT,
  PARAGRAPH_GAP_PT,
  RECIPIENTS_LABEL,
  SHORT_RULE_RATIO,
  SIGNATURE_SPACE_PT,
  SIZE,
  TEXT_WIDTH_MM,
  agencyLines,
  cellText,
  columnAlign,
  columnWidths,
  isLetter,
  letterSummaryLine,
  listItems,
  numberLine,
  placeDateLine,
  recipientLines,
  signatureTitleLines,
} from './layout.ts';
import { upper } from './words.ts';

/** What Word users have; the PDF uses Tinos, which has the same metrics. */
export const DOCX_FONT = 'Times New Roman';

/** Twentieths of a point. */
const twip = (pt: number) => Math.round(pt * 20);
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const PAGE_W = mm(210);
const PAGE_H = mm(297);
const TEXT_W = mm(TEXT_WIDTH_MM);
/** Body lines at least BODY_LINE_PT apart (never less than the font's own line: nothing is clipped). */
const BODY_LINE = twip(BODY_LINE_PT);

type RunStyle = { bold?: boolean; italics?: boolean };

function run(text: string, size: number, style: RunStyle = {}): TextRun {
  return new TextRun({ text, size: size * 2, font: DOCX_FONT, bold: style.bold, italics: style.italics });
}

function fontStyle(s: RunStyle): FontStyle {
  return s.bold && s.italics ? 'boldItalic' : s.bold ? 'bold' : s.italics ? 'italic' : 'regular';
}

function line(
  text: string,
  size: number,
  style: RunStyle,
  options: Omit<IParagraphOptions, 'children'> = {},
): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, ...options, children: [run(text, size, style)] });
}

const centred = (text: string, size: number, style: RunStyle = {}, options: Omit<IParagraphOptions, 'children'> = {}) =>
  line(text, size, style, { alignment: AlignmentType.CENTER, ...options });

/**
 * A solid rule of `lengthTw` centred in a column of `columnTw`: an empty paragraph whose top
 * border is cut to length by its indents (Word and LibreOffice draw paragraph borders between
 * the indents). Lengths come from Tinos' metrics, which are Times New Roman's.
 */
function rule(columnTw: number, lengthTw: number, spaceAfterPt = 0): Paragraph {
  const side = Math.max(0, Math.round((columnTw - lengthTw) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: twip(spaceAfterPt), line: 40, lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', 2)],
  });
}

function widestTw(lines: string[], style: RunStyle, size: number, columnTw: number): number {
  return Math.min(columnTw, twip(Math.max(...lines.map((l) => textWidth(l, fontStyle(style), size)))));
}

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const CELL_NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/** A borderless table of two columns, one row per pair (the title block; nơi nhận beside the signature). */
function twoColumns(leftTw: number, rows: [Paragraph[], Paragraph[]][], cantSplit = false): Table {
  const rightTw = TEXT_W - leftTw;
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      borders: CELL_NO_BORDERS,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    });
  return new Table({
    width: { size: TEXT_W, type: WidthType.DXA },
    columnWidths: [leftTw, rightTw],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      ([left, right]) => new TableRow({ cantSplit, children: [cell(left, leftTw), cell(right, rightTw)] }),
    ),
  });
}

/** Agency over Quốc hiệu in one row, Số beside địa danh, ngày in the next: they share a line whatever is above. */
function titleBlock(doc: OfficialDocument): Table {
  const leftTw = mm(HEADER_LEFT_MM);
  const rightTw = TEXT_W - leftTw;
  const agency = agencyLines(doc.header.agency);
  const names: Paragraph[] = [];
  if (doc.header.parentAgency) {
    for (const l of agencyLines(doc.header.parentAgency)) names.push(centred(l, SIZE.parentAgency));
  }
  for (const l of agency) names.push(centred(l, SIZE.agency, { bold: true }));
  names.push(rule(leftTw, widestTw(agency, { bold: true }, SIZE.agency, leftTw) * SHORT_RULE_RATIO, 6));

  const motto = [
    centred(NATIONAL_TITLE, SIZE.nationalTitle, { bold: true }),
    centred(NATIONAL_MOTTO, SIZE.motto, { bold: true }),
    rule(rightTw, widestTw([NATIONAL_MOTTO], { bold: true }, SIZE.motto, rightTw), 6),
  ];

  // Số (13 pt) one point lower than the date (14 pt): the two share a baseline.
  const number = [centred(numberLine(doc), SIZE.number, {}, { spacing: { before: twip(1), after: 0 } })];
  if (isLetter(doc)) {
    number.push(centred(letterSummaryLine(doc), SIZE.letterSummary, {}, { spacing: { before: twip(2), after: 0 } }));
  }
  const date = [centred(placeDateLine(doc), SIZE.placeDate, { italics: true })];
  return twoColumns(leftTw, [
    [names, motto],
    [number, date],
  ]);
}

function title(doc: OfficialDocument): Paragraph[] {
  if (isLetter(doc)) return [new Paragraph({ spacing: { before: 0, after: twip(6) }, children: [] })];
  return [
    centred(upper(doc.kind!), SIZE.kind, { bold: true }, { spacing: { before: twip(18), after: 0 }, keepNext: true }),
    centred(doc.summary, SIZE.summary, { bold: true }, { keepNext: true }),
    rule(TEXT_W, widestTw([doc.summary], { bold: true }, SIZE.summary, TEXT_W) * SHORT_RULE_RATIO, 14),
  ];
}

function bodyParagraph(text: string, style: RunStyle, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(FIRST_LINE_INDENT_MM) },
    spacing: { before: 0, after: twip(PARAGRAPH_GAP_PT), line: BODY_LINE, lineRule: 'atLeast' },
    keepNext,
    children: [run(text, SIZE.body, style)],
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function table(t: DocumentTable): (Paragraph | Table)[] {
  const widths = columnWidths(t, TEXT_W).map(Math.round);
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = {
    top: border,
    bottom: border,
    left: border,
    right: border,
    insideHorizontal: border,
    insideVertical: border,
  };
  const cellMargins = { left: twip(4), right: twip(4), top: twip(3), bottom: twip(3) };
  const row = (cells: string[], style: RunStyle, header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            margins: cellMargins,
            verticalAlign: VerticalAlign.CENTER,
            children: [line(text, SIZE.table, style, { alignment: ALIGN[header ? 'center' : columnAlign(t, i)] })],
          }),
      ),
    });
  const out: (Paragraph | Table)[] = [];
  if (t.caption)
    out.push(
      centred(t.caption, SIZE.tableCaption, { bold: true }, { keepNext: true, spacing: { before: 0, after: twip(2) } }),
    );
  if (t.unitNote)
    out.push(
      line(
        t.unitNote,
        SIZE.table,
        { italics: true },
        { alignment: AlignmentType.RIGHT, keepNext: true, spacing: { before: 0, after: twip(2) } },
      ),
    );
  const rows = [
    row(
      t.columns.map((c) => c.header),
      { bold: true },
      true,
    ),
    ...t.rows.map((r) => row(r.map(cellText), {}, false)),
  ];
  if (t.total) rows.push(row(t.total.map(cellText), { bold: true }, false));
  out.push(
    new Table({
      width: { size: TEXT_W, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders,
      rows,
    }),
  );
  // Space after the table (a table cannot carry paragraph spacing of its own).
  out.push(
    new Paragraph({
      spacing: { before: 0, after: 0, line: twip(PARAGRAPH_GAP_PT * 2), lineRule: 'exact' },
      children: [],
    }),
  );
  return out;
}

/** `last`: the closing paragraph keeps with the signature, so that no page holds only a signature. */
function block(b: DocumentBlock, last = false): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [bodyParagraph(b.text, { bold: true, italics: b.level === 3 }, true)];
    case 'paragraph':
      return [bodyParagraph(b.text, { bold: b.bold, italics: b.italic }, last)];
    case 'list':
      return listItems(b).map((item) => bodyParagraph(item, {}));
    case 'table':
      return table(b);
  }
}

function closing(doc: OfficialDocument): Table {
  const leftTw = mm(CLOSING_LEFT_MM);
  const left: Paragraph[] = [];
  if (doc.recipients.length) {
    left.push(
      line(
        RECIPIENTS_LABEL,
        SIZE.recipientsLabel,
        { bold: true, italics: true },
        { spacing: { before: twip((SIZE.signature - SIZE.recipientsLabel) * 0.9), after: 0 } },
      ),
    );
    for (const r of recipientLines(doc)) left.push(line(r, SIZE.recipients, {}));
  } else {
    left.push(new Paragraph({ children: [] }));
  }
  const titles = signatureTitleLines(doc);
  const right = titles.map((t, i) =>
    centred(
      t,
      SIZE.signature,
      { bold: true },
      i === titles.length - 1 ? { spacing: { before: 0, after: twip(SIGNATURE_SPACE_PT) } } : {},
    ),
  );
  right.push(centred(doc.signature.name, SIZE.signature, { bold: true }));
  return twoColumns(leftTw, [[left, right]], true);
}

/** Renders an official document to DOCX (A4, Nghị định 30/2020/NĐ-CP layout, Times New Roman). */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const file = new Document({
    creator: doc.header.agency,
    title: isLetter(doc) ? doc.summary : `${doc.kind} ${doc.summary}`,
    subject: numberLine(doc),
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: SIZE.body * 2 }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_W, height: PAGE_H },
            margin: {
              top: mm(MARGINS_MM.top),
              bottom: mm(MARGINS_MM.bottom),
              left: mm(MARGINS_MM.left),
              right: mm(MARGINS_MM.right),
              header: mm(8),
              footer: mm(8),
            },
          },
          // Page numbers from the second page on, centred at the top.
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber * 2, font: DOCX_FONT })],
              }),
            ],
          }),
        },
        children: [
          titleBlock(doc),
          ...title(doc),
          ...doc.body.flatMap((b, i) => block(b, i === doc.body.length - 1)),
          new Paragraph({
            spacing: { before: 0, after: 0, line: twip(CLOSING_GAP_PT), lineRule: 'exact' },
            keepNext: true,
            children: [],
          }),
          closing(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
