import PDFDocument from 'pdfkit';
import type { DocumentBlock, DocumentTable, OfficialDocument } from '@lantoa/contracts/documents';
import { FONT_STYLES, fontBytes, type FontStyle } from './fonts.ts';
import {
  BODY_LINE_PT,
  CLOSING_GAP_PT,
  CLOSING_LEFT_MM,
  FIRST_LINE_INDENT_MM,
  HEADER_LEFT_MM,
  MARGINS_MM,
  MM,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  PARAGRAPH_GAP_PT,
  RECIPIENTS_LABEL,
  SHORT_RULE_RATIO,
  SIGNATURE_SPACE_PT,
  SIZE,
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

type Pdf = PDFKit.PDFDocument;

const RULE_WIDTH = 0.6;
/** How far below a line of text its rule is drawn. */
const RULE_DROP = 3;
/** Tinos' ascent (and Times New Roman's), as a share of the font size: lines of different sizes share a baseline with it. */
const ASCENT = 1825 / 2048;

/** A rectangle on a page, in points from the top left corner (page 0 is the first). */
export type PdfBox = { page: number; x: number; y: number; width: number; height: number };

/**
 * Where a piece of the document's text was put. Spans come in reading order; `furniture` marks
 * what is printed but is not the document's text (page numbers, a table header repeated on a
 * new page). The signature span tells a digital-signing tool where the signature goes.
 */
export type PdfSpan = { role: 'text' | 'furniture'; part: string; text: string; boxes: PdfBox[] };

/** Renders an official document to a PDF (A4, Nghị định 30/2020/NĐ-CP layout, Tinos embedded). */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  return (await renderPdfWithLayout(doc)).pdf;
}

/** The PDF and where each piece of text is on its pages. */
export async function renderPdfWithLayout(doc: OfficialDocument): Promise<{ pdf: Buffer; spans: PdfSpan[] }> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: {
      top: MARGINS_MM.top * MM,
      bottom: MARGINS_MM.bottom * MM,
      left: MARGINS_MM.left * MM,
      right: MARGINS_MM.right * MM,
    },
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: isLetter(doc) ? doc.summary : `${doc.kind} ${doc.summary}`,
      Author: doc.header.agency,
      Subject: numberLine(doc),
      Creator: 'Lan Tỏa',
      // The document's own date: the same document gives the same bytes.
      CreationDate: new Date(`${doc.header.date}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const s of FONT_STYLES) pdf.registerFont(s, fontBytes(s));

  const r = new PdfWriter(pdf);
  r.header(doc);
  r.title(doc);
  doc.body.forEach((block, i) => (i === doc.body.length - 1 ? r.lastBlock(block, doc) : r.block(block)));
  r.closing(doc);
  r.pageNumbers();
  pdf.end();
  return { pdf: await done, spans: r.spans };
}

function paragraphStyle(b: { bold?: boolean; italic?: boolean }): FontStyle {
  return b.bold && b.italic ? 'boldItalic' : b.bold ? 'bold' : b.italic ? 'italic' : 'regular';
}

class PdfWriter {
  readonly left: number;
  readonly width: number;
  readonly spans: PdfSpan[] = [];
  /** Extra space between lines of body text, on top of the font's own line height, to make BODY_LINE_PT. */
  private readonly lineGap: number;

  constructor(private readonly pdf: Pdf) {
    this.left = pdf.page.margins.left;
    this.width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
    this.lineGap = Math.max(0, BODY_LINE_PT - this.lineHeight('regular', SIZE.body));
  }

  private get top(): number {
    return this.pdf.page.margins.top;
  }

  private get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  private get pageIndex(): number {
    const r = this.pdf.bufferedPageRange();
    return r.start + r.count - 1;
  }

  private use(style: FontStyle, size: number): Pdf {
    return this.pdf.font(style).fontSize(size);
  }

  private lineHeight(style: FontStyle, size: number, gap = 0): number {
    return this.use(style, size).currentLineHeight(true) + gap;
  }

  /**
   * Records where `draw` puts `text`: a column from x of `width`, from the current page and y
   * (or `y`) down to where the writer stands afterwards, over as many pages as the text runs.
   */
  private span(
    part: string,
    text: string,
    x: number,
    width: number,
    draw: () => void,
    role: PdfSpan['role'] = 'text',
  ): void {
    const page = this.pageIndex;
    const y = this.pdf.y;
    draw();
    const endPage = this.pageIndex;
    const endY = this.pdf.y;
    const boxes: PdfBox[] = [];
    for (let p = page; p <= endPage; p++) {
      const from = p === page ? y : this.top;
      const to = p === endPage ? endY : this.bottom;
      boxes.push({ page: p, x, y: from, width, height: to - from });
    }
    this.spans.push({ role, part, text, boxes });
  }

  /** Centred lines in a column; returns the y below them. */
  private centred(
    part: string,
    lines: string[],
    style: FontStyle,
    size: number,
    x: number,
    y: number,
    width: number,
  ): number {
    this.pdf.y = y;
    this.span(part, lines.join('\n'), x, width, () => {
      this.use(style, size);
      for (const line of lines) this.pdf.text(line, x, this.pdf.y, { width, align: 'center' });
    });
    return this.pdf.y;
  }

  /** A horizontal rule of `length` centred on xCentre, a little under the line that ends at y. */
  private rule(xCentre: number, y: number, length: number): void {
    this.pdf
      .save()
      .lineWidth(RULE_WIDTH)
      .moveTo(xCentre - length / 2, y + RULE_DROP)
      .lineTo(xCentre + length / 2, y + RULE_DROP)
      .stroke()
      .restore();
  }

  /** The widest of the lines as printed in the column (a wrapped line is at most the column). */
  private widest(lines: string[], style: FontStyle, size: number, column: number): number {
    this.use(style, size);
    return Math.min(column, Math.max(...lines.map((l) => this.pdf.widthOfString(l))));
  }

  /** Tên cơ quan and số on the left; Quốc hiệu, tiêu ngữ and địa danh, ngày on the right. */
  header(doc: OfficialDocument): void {
    const top = this.top;
    const first = this.spans.length;
    const leftW = HEADER_LEFT_MM * MM;
    const rightX = this.left + leftW;
    const rightW = this.width - leftW;

    let yl = top;
    if (doc.header.parentAgency) {
      yl = this.centred(
        'parentAgency',
        agencyLines(doc.header.parentAgency),
        'regular',
        SIZE.parentAgency,
        this.left,
        yl,
        leftW,
      );
    }
    const agency = agencyLines(doc.header.agency);
    yl = this.centred('agency', agency, 'bold', SIZE.agency, this.left, yl, leftW);
    this.rule(this.left + leftW / 2, yl, this.widest(agency, 'bold', SIZE.agency, leftW) * SHORT_RULE_RATIO);

    let yr = this.centred('nationalTitle', [NATIONAL_TITLE], 'bold', SIZE.nationalTitle, rightX, top, rightW);
    yr = this.centred('motto', [NATIONAL_MOTTO], 'bold', SIZE.motto, rightX, yr, rightW);
    this.rule(rightX + rightW / 2, yr, this.widest([NATIONAL_MOTTO], 'bold', SIZE.motto, rightW));

    // Số and the date on one baseline, below the rules.
    const row = Math.max(yl, yr) + RULE_DROP + 8;
    const baselineShift = (SIZE.placeDate - SIZE.number) * ASCENT;
    yl = this.centred('number', [numberLine(doc)], 'regular', SIZE.number, this.left, row + baselineShift, leftW);
    if (isLetter(doc))
      yl = this.centred('summary', [letterSummaryLine(doc)], 'regular', SIZE.letterSummary, this.left, yl + 2, leftW);
    yr = this.centred('placeDate', [placeDateLine(doc)], 'italic', SIZE.placeDate, rightX, row, rightW);

    this.readingOrder(first, ['parentAgency', 'agency', 'nationalTitle', 'motto', 'number', 'summary', 'placeDate']);
    this.pdf.x = this.left;
    this.pdf.y = Math.max(yl, yr) + (isLetter(doc) ? 12 : 18);
  }

  /** Puts the spans recorded since `from` in reading order (the order of `parts`). */
  private readingOrder(from: number, parts: string[]): void {
    const rank = (s: PdfSpan) => parts.indexOf(s.part);
    const sorted = this.spans.slice(from).sort((a, b) => rank(a) - rank(b));
    this.spans.splice(from, sorted.length, ...sorted);
  }

  /** Loại văn bản and trích yếu, centred and bold, with a short rule under them. */
  title(doc: OfficialDocument): void {
    if (isLetter(doc)) return;
    let y = this.centred('kind', [upper(doc.kind!)], 'bold', SIZE.kind, this.left, this.pdf.y, this.width);
    y = this.centred('summary', [doc.summary], 'bold', SIZE.summary, this.left, y, this.width);
    this.rule(
      this.left + this.width / 2,
      y,
      this.widest([doc.summary], 'bold', SIZE.summary, this.width) * SHORT_RULE_RATIO,
    );
    this.pdf.x = this.left;
    this.pdf.y = y + RULE_DROP + 14;
  }

  private paragraph(part: string, text: string, style: FontStyle): void {
    this.span(part, text, this.left, this.width, () =>
      this.use(style, SIZE.body).text(text, this.left, this.pdf.y, {
        width: this.width,
        align: 'justify',
        indent: FIRST_LINE_INDENT_MM * MM,
        lineGap: this.lineGap,
        paragraphGap: PARAGRAPH_GAP_PT,
      }),
    );
  }

  /** Starts a new page when fewer than `height` points are left. */
  private ensure(height: number): void {
    if (this.pdf.y + height > this.bottom) {
      this.pdf.addPage();
      this.pdf.x = this.left;
    }
  }

  block(b: DocumentBlock): void {
    switch (b.type) {
      case 'heading': {
        const style: FontStyle = b.level === 3 ? 'boldItalic' : 'bold';
        // A heading keeps with the first two lines after it.
        const h = this.use(style, SIZE.body).heightOfString(b.text, {
          width: this.width,
          indent: FIRST_LINE_INDENT_MM * MM,
          lineGap: this.lineGap,
        });
        this.ensure(h + 2 * this.lineHeight('regular', SIZE.body, this.lineGap) + PARAGRAPH_GAP_PT);
        this.paragraph('heading', b.text, style);
        break;
      }
      case 'paragraph':
        this.paragraph('paragraph', b.text, paragraphStyle(b));
        break;
      case 'list':
        for (const item of listItems(b)) this.paragraph('listItem', item, 'regular');
        break;
      case 'table':
        this.table(b);
        break;
    }
  }

  private table(t: DocumentTable): void {
    const pdf = this.pdf;
    const widths = columnWidths(t, this.width);
    const padX = 4;
    const padY = 3;
    const size = SIZE.table;
    const headerCells = t.columns.map((c) => c.header);

    const cellHeight = (text: string, w: number, style: FontStyle) =>
      text ? this.use(style, size).heightOfString(text, { width: w - 2 * padX }) : this.lineHeight(style, size);
    const rowHeight = (cells: string[], style: FontStyle) =>
      Math.max(...cells.map((c, i) => cellHeight(c, widths[i]!, style))) + 2 * padY;

    const drawRow = (
      cells: string[],
      style: FontStyle,
      header: boolean,
      y: number,
      h: number,
      role: PdfSpan['role'],
    ) => {
      let x = this.left;
      cells.forEach((text, i) => {
        const w = widths[i]!;
        pdf.save().lineWidth(0.5).rect(x, y, w, h).stroke().restore();
        if (text) {
          const th = cellHeight(text, w, style);
          pdf.y = y;
          const cellX = x;
          this.span(
            header ? 'tableHeader' : 'tableCell',
            text,
            x,
            w,
            () => {
              this.use(style, size).text(text, cellX + padX, y + (h - th) / 2, {
                width: w - 2 * padX,
                align: header ? 'center' : columnAlign(t, i),
              });
              pdf.y = y + h;
            },
            role,
          );
        }
        x += w;
      });
    };

    const headerH = rowHeight(headerCells, 'bold');
    const firstRowH = t.rows[0] ? rowHeight(t.rows[0].map(cellText), 'regular') : 0;
    let lead = 0;
    if (t.caption) lead += this.use('bold', SIZE.tableCaption).heightOfString(t.caption, { width: this.width }) + 2;
    if (t.unitNote) lead += this.lineHeight('italic', size) + 2;
    this.ensure(lead + headerH + firstRowH);

    if (t.caption) {
      const caption = t.caption;
      this.span('tableCaption', caption, this.left, this.width, () =>
        this.use('bold', SIZE.tableCaption).text(caption, this.left, pdf.y, { width: this.width, align: 'center' }),
      );
      pdf.y += 2;
    }
    if (t.unitNote) {
      const note = t.unitNote;
      this.span('tableUnit', note, this.left, this.width, () =>
        this.use('italic', size).text(note, this.left, pdf.y, { width: this.width, align: 'right' }),
      );
      pdf.y += 2;
    }

    let y = pdf.y;
    drawRow(headerCells, 'bold', true, y, headerH, 'text');
    y += headerH;
    const body: { cells: string[]; style: FontStyle }[] = t.rows.map((r) => ({
      cells: r.map(cellText),
      style: 'regular',
    }));
    if (t.total) body.push({ cells: t.total.map(cellText), style: 'bold' });
    for (const row of body) {
      const h = rowHeight(row.cells, row.style);
      if (y + h > this.bottom) {
        // Continue on a new page under a repeated header row.
        pdf.addPage();
        y = this.top;
        drawRow(headerCells, 'bold', true, y, headerH, 'furniture');
        y += headerH;
      }
      drawRow(row.cells, row.style, false, y, h, 'text');
      y += h;
    }
    pdf.x = this.left;
    pdf.y = y + PARAGRAPH_GAP_PT * 2;
  }

  /** Height of nơi nhận beside the signature. */
  closingHeight(doc: OfficialDocument): number {
    const leftW = CLOSING_LEFT_MM * MM;
    const titles = signatureTitleLines(doc);
    const sigH =
      titles.length * this.lineHeight('bold', SIZE.signature) +
      SIGNATURE_SPACE_PT +
      this.lineHeight('bold', SIZE.signature);
    let recH = 0;
    if (doc.recipients.length) {
      recH = this.lineHeight('boldItalic', SIZE.recipientsLabel) + (SIZE.signature - SIZE.recipientsLabel) * ASCENT;
      this.use('regular', SIZE.recipients);
      for (const line of recipientLines(doc)) recH += this.pdf.heightOfString(line, { width: leftW - 4 });
    }
    return CLOSING_GAP_PT + Math.max(sigH, recH);
  }

  /**
   * The last paragraph goes with the signature: when both do not fit but the paragraph alone
   * would, it starts the next page, so that no page holds only a signature.
   */
  lastBlock(b: DocumentBlock, doc: OfficialDocument): void {
    if (b.type === 'paragraph') {
      const h = this.use(paragraphStyle(b), SIZE.body).heightOfString(b.text, {
        width: this.width,
        indent: FIRST_LINE_INDENT_MM * MM,
        lineGap: this.lineGap,
      });
      const after = this.pdf.y + h + PARAGRAPH_GAP_PT;
      if (after <= this.bottom && after + this.closingHeight(doc) > this.bottom) this.pdf.addPage();
    }
    this.block(b);
  }

  /** Nơi nhận at the bottom left, the signature at the bottom right, kept on one page. */
  closing(doc: OfficialDocument): void {
    const pdf = this.pdf;
    const leftW = CLOSING_LEFT_MM * MM;
    const rightX = this.left + leftW;
    const rightW = this.width - leftW;
    const titles = signatureTitleLines(doc);
    const recipients = recipientLines(doc);
    this.ensure(this.closingHeight(doc));
    pdf.y += CLOSING_GAP_PT;
    const top = pdf.y;
    const first = this.spans.length;

    let yr = this.centred('signatureTitle', titles, 'bold', SIZE.signature, rightX, top, rightW);
    // The signature and seal go between the title and the name.
    pdf.y = yr;
    this.span('signatureSpace', '', rightX, rightW, () => (pdf.y += SIGNATURE_SPACE_PT));
    yr = this.centred('signatureName', [doc.signature.name], 'bold', SIZE.signature, rightX, pdf.y, rightW);

    let yl = top;
    if (recipients.length) {
      // "Nơi nhận:" on the baseline of the first line of the signature.
      yl = this.flushLeft(
        'recipientsLabel',
        [RECIPIENTS_LABEL],
        'boldItalic',
        SIZE.recipientsLabel,
        top + (SIZE.signature - SIZE.recipientsLabel) * ASCENT,
        leftW,
      );
      yl = this.flushLeft('recipients', recipients, 'regular', SIZE.recipients, yl, leftW);
    }
    this.readingOrder(first, ['recipientsLabel', 'recipients', 'signatureTitle', 'signatureSpace', 'signatureName']);
    pdf.x = this.left;
    pdf.y = Math.max(yl, yr);
  }

  /** Lines set flush left in the left column. */
  private flushLeft(part: string, lines: string[], style: FontStyle, size: number, y: number, width: number): number {
    this.pdf.y = y;
    this.span(part, lines.join('\n'), this.left, width, () => {
      this.use(style, size);
      for (const line of lines) this.pdf.text(line, this.left, this.pdf.y, { width: width - 4 });
    });
    return this.pdf.y;
  }

  /** Page numbers from the second page on, centred in the top margin. */
  pageNumbers(): void {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      const h = this.lineHeight('regular', SIZE.pageNumber);
      const y = (this.top - h) / 2;
      this.pdf.text(String(i + 1), this.left, y, { width: this.width, align: 'center', lineBreak: false });
      this.spans.push({
        role: 'furniture',
        part: 'pageNumber',
        text: String(i + 1),
        boxes: [{ page: i, x: this.left, y, width: this.width, height: h }],
      });
    }
  }
}
