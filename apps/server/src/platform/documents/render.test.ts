import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficialDocumentSchema, type OfficialDocument } from '@lantoa/contracts/documents';
import * as fontkit from 'fontkit';
import { FONT_STYLES, fontBytes, missingGlyphs } from './fonts.ts';
import { MARGINS_MM, MM, documentText } from './layout.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf, renderPdfWithLayout, type PdfBox, type PdfSpan } from './render-pdf.ts';
import { SAMPLE_PLAN } from './samples.ts';

// Needs poppler-utils (pdftotext, pdffonts); .ci/run installs it.

/** Whitespace and line breaks are the only differences allowed between source and extracted text. */
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const VIETNAMESE =
  'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ' +
  'AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ' +
  '0123456789.,;:!?()[]/"\'-–—…%₫';

type Word = { page: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string };

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every word pdftotext finds, with its box in points (pdftotext -bbox). */
function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = -1;
  for (const m of html.matchAll(
    /<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    words.push({
      page,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decodeEntities(m[5]!),
    });
  }
  return words;
}

const inside = (w: Word, b: PdfBox) => {
  const cx = (w.xMin + w.xMax) / 2;
  const cy = (w.yMin + w.yMax) / 2;
  return w.page === b.page && cx >= b.x - 1 && cx <= b.x + b.width + 1 && cy >= b.y - 1 && cy <= b.y + b.height + 1;
};

/** The words in a box, line by line from the top, left to right. */
function readBox(words: Word[], box: PdfBox): Word[] {
  const mine = words.filter((w) => inside(w, box)).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: Word[][] = [];
  for (const w of mine) {
    const last = lines.at(-1);
    if (last && Math.abs(last[0]!.yMin - w.yMin) < 3) last.push(w);
    else lines.push([w]);
  }
  return lines.flatMap((l) => l.sort((a, b) => a.xMin - b.xMin));
}

describe('the embedded font', () => {
  it.each(FONT_STYLES)('has every Vietnamese letter in %s', (style) => {
    expect(missingGlyphs(VIETNAMESE, style)).toEqual([]);
  });

  it('is unwrapped from WOFF into a TrueType file with the same glyphs', () => {
    const ttf = fontBytes('regular');
    expect(ttf.readUInt32BE(0)).toBe(0x00010000);
    const font = fontkit.create(ttf) as fontkit.Font;
    expect(font.familyName).toBe('Tinos');
    expect(font.numGlyphs).toBeGreaterThan(2000);
    expect(font.hasGlyphForCodePoint('ệ'.codePointAt(0)!)).toBe(true);
  });
});

describe('renderPdf', () => {
  let dir: string;
  let file: string;
  let spans: PdfSpan[];
  let words: Word[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-pdf-'));
    file = path.join(dir, 'sample.pdf');
    const out = await renderPdfWithLayout(SAMPLE_PLAN);
    writeFileSync(file, out.pdf);
    spans = out.spans;
    words = pdfWords(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says exactly what the document says, read part by part from where each part was placed', () => {
    const text = spans.filter((s) => s.role === 'text');
    const extracted = text.map((s) =>
      s.boxes
        .flatMap((b) => readBox(words, b))
        .map((w) => w.text)
        .join(' '),
    );
    // Part by part first, for a readable failure …
    text.forEach((s, i) => expect(norm(extracted[i]!), s.part).toBe(norm(s.text)));
    // … then the whole document against its source text.
    expect(norm(extracted.join(' '))).toBe(norm(documentText(SAMPLE_PLAN).join(' ')));
  });

  it('prints nothing else: every word belongs to one part (page numbers included)', () => {
    const claimed = new Map<Word, number>();
    for (const s of spans)
      for (const b of s.boxes) for (const w of readBox(words, b)) claimed.set(w, (claimed.get(w) ?? 0) + 1);
    expect(words.filter((w) => claimed.get(w) !== 1).map((w) => w.text)).toEqual([]);
    const pageNumbers = spans.filter((s) => s.part === 'pageNumber').map((s) => s.text);
    expect(pageNumbers).toEqual(['2']);
  });

  it('keeps every diacritic in plain pdftotext output', () => {
    const plain = norm(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const phrase of [
      'UBND THÀNH PHỐ ĐÀ NẴNG',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: 05/KH-SKHCN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đà Nẵng, ngày 05 tháng 01 năm 2026',
      'KẾ HOẠCH',
      'Truyền thông chuyển đổi số năm 2026',
      'Tổng kinh phí thực hiện Kế hoạch là 120.000.000 đ (Một trăm hai mươi triệu đồng)',
      '(Bằng chữ: Một trăm hai mươi triệu đồng)',
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Minh',
    ]) {
      expect(plain).toContain(phrase);
    }
  });

  it('embeds the Tinos faces it uses, as subsets with Unicode maps', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBe(4);
    for (const row of rows) {
      // name, type (two words), encoding, emb, sub, uni, object, generation
      const cols = row.trim().split(/\s+/);
      expect(cols[0]).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
      expect(cols.slice(-5, -2), row).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('is A4 with the decree margins', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const left = MARGINS_MM.left * MM;
    const right = (210 - MARGINS_MM.right) * MM;
    const top = MARGINS_MM.top * MM;
    const bottom = (297 - MARGINS_MM.bottom) * MM;
    const numbers = new Set(
      spans
        .filter((s) => s.role === 'furniture' && s.part === 'pageNumber')
        .flatMap((s) => s.boxes.flatMap((b) => readBox(words, b))),
    );
    for (const w of words) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(left - 0.5);
      expect(w.xMax, w.text).toBeLessThanOrEqual(right + 0.5);
      if (numbers.has(w)) {
        expect(w.yMax).toBeLessThan(top);
      } else {
        expect(w.yMin, w.text).toBeGreaterThanOrEqual(top - 0.5);
        expect(w.yMax, w.text).toBeLessThanOrEqual(bottom + 0.5);
      }
    }
  });

  it('lays the title block out in two columns and the signature at the bottom right', () => {
    const box = (part: string) => spans.find((s) => s.part === part)!.boxes[0]!;
    const wordsOf = (part: string) => readBox(words, box(part));
    const centre = (ws: Word[]) => (Math.min(...ws.map((w) => w.xMin)) + Math.max(...ws.map((w) => w.xMax))) / 2;

    // Cơ quan chủ quản and Quốc hiệu start the page side by side; the number sits under the agency, the date under the motto.
    expect(wordsOf('parentAgency')[0]!.yMin).toBeCloseTo(wordsOf('nationalTitle')[0]!.yMin, 0);
    expect(centre(wordsOf('number'))).toBeCloseTo(centre(wordsOf('agency')), 0);
    expect(centre(wordsOf('placeDate'))).toBeCloseTo(centre(wordsOf('motto')), 0);
    expect(Math.max(...wordsOf('agency').map((w) => w.xMax))).toBeLessThan(
      Math.min(...wordsOf('nationalTitle').map((w) => w.xMin)),
    );
    expect(wordsOf('number')[0]!.yMin).toBeGreaterThan(wordsOf('agency')[0]!.yMax);
    expect(wordsOf('placeDate')[0]!.yMin).toBeGreaterThan(wordsOf('motto')[0]!.yMax);

    // Loại văn bản and trích yếu centred on the text width.
    const middle = (MARGINS_MM.left * MM + (210 - MARGINS_MM.right) * MM) / 2;
    expect(centre(wordsOf('kind'))).toBeCloseTo(middle, 0);
    expect(centre(wordsOf('summary'))).toBeCloseTo(middle, 0);

    // Nơi nhận on the left, the signature on the right, starting on the same line, on the last page.
    const label = wordsOf('recipientsLabel');
    const titles = wordsOf('signatureTitle');
    const name = wordsOf('signatureName');
    expect(label[0]!.page).toBe(1);
    expect(Math.abs(label[0]!.yMax - titles[0]!.yMax)).toBeLessThan(2);
    expect(Math.max(...wordsOf('recipients').map((w) => w.xMax))).toBeLessThan(Math.min(...titles.map((w) => w.xMin)));
    expect(centre(name)).toBeCloseTo(centre(titles), 0);
    expect(name[0]!.yMin - titles.at(-1)!.yMax).toBeGreaterThan(60);
  });

  it('gives the same bytes for the same document', async () => {
    const a = await renderPdf(SAMPLE_PLAN);
    const b = await renderPdf(SAMPLE_PLAN);
    expect(a.equals(b)).toBe(true);
  });

  it('renders a công văn: "V/v …" under the number, no title, and a long table over pages', async () => {
    const letter: OfficialDocument = OfficialDocumentSchema.parse({
      header: {
        parentAgency: null,
        agency: 'Ủy ban nhân dân\nthành phố Đà Nẵng',
        number: null,
        symbol: 'UBND-KGVX',
        place: 'Đà Nẵng',
        date: '2026-03-09',
      },
      kind: null,
      summary: 'triển khai Ngày Chuyển đổi số quốc gia năm 2026',
      body: [
        { type: 'paragraph', text: 'Kính gửi: Các sở, ban, ngành thành phố.' },
        {
          type: 'table',
          columns: [{ header: 'Đơn vị' }, { header: 'Số lượt', kind: 'number' }],
          rows: Array.from({ length: 60 }, (_, i) => [`Phường số ${i + 1}`, 1000 * (i + 1)]),
          total: ['Tổng cộng', 1_830_000],
        },
        { type: 'paragraph', text: 'Đề nghị các đơn vị triển khai thực hiện./.' },
      ],
      signature: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'Phó Chủ tịch', name: 'Trần Thị Lan' },
    });
    const out = await renderPdfWithLayout(letter);
    const f = path.join(dir, 'letter.pdf');
    writeFileSync(f, out.pdf);
    const ws = pdfWords(f);
    const text = out.spans.filter((s) => s.role === 'text');
    const extracted = text.map((s) =>
      s.boxes
        .flatMap((b) => readBox(ws, b))
        .map((w) => w.text)
        .join(' '),
    );
    expect(norm(extracted.join(' '))).toBe(norm(documentText(letter).join(' ')));
    expect(extracted.slice(0, 6).map(norm)).toEqual([
      'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: /UBND-KGVX',
      'V/v triển khai Ngày Chuyển đổi số quốc gia năm 2026',
      'Đà Nẵng, ngày 09 tháng 3 năm 2026',
    ]);
    // The table header is repeated on the next page, and only there.
    const repeated = out.spans.filter((s) => s.role === 'furniture' && s.part === 'tableHeader');
    expect(repeated.map((s) => s.text)).toEqual(['Đơn vị', 'Số lượt']);
    expect(repeated[0]!.boxes[0]!.page).toBe(1);
  });
});

describe('renderDocx', () => {
  let documentXml: string;
  let stylesXml: string;
  let files: string[];
  let zip: JSZip;

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await renderDocx(SAMPLE_PLAN));
    files = Object.keys(zip.files);
    documentXml = await zip.file('word/document.xml')!.async('string');
    stylesXml = await zip.file('word/styles.xml')!.async('string');
  });

  /** Paragraph by paragraph: the text of a paragraph is its runs' texts together. */
  const paragraphs = (xml: string) =>
    xml
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1]!)).join(''))
      .filter((t) => t.trim() !== '');

  const paragraphXml = (text: string) => documentXml.split('</w:p>').find((p) => p.includes(`>${text}</w:t>`)) ?? '';

  it('is a Word document with the document text, in reading order', () => {
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(norm(paragraphs(documentXml).join(' '))).toBe(norm(documentText(SAMPLE_PLAN).join(' ')));
    for (const phrase of [
      'Độc lập - Tự do - Hạnh phúc',
      'Đà Nẵng, ngày 05 tháng 01 năm 2026',
      'Một trăm hai mươi triệu đồng',
      'Nơi nhận:',
    ]) {
      expect(documentXml).toContain(phrase);
    }
  });

  it('sets every run in Times New Roman and nothing else', () => {
    const runs = documentXml.match(/<w:r>|<w:r /g) ?? [];
    const fonts = documentXml.match(/<w:rFonts [^>]*\/>/g) ?? [];
    expect(fonts.length).toBe(runs.length);
    for (const f of fonts) {
      expect(f).toContain('w:ascii="Times New Roman"');
      expect(f).toContain('w:hAnsi="Times New Roman"');
    }
    expect(documentXml).not.toMatch(/Tinos|Calibri|Arial/);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)![0];
    expect(defaults).toContain('w:ascii="Times New Roman"');
  });

  it('is A4 with the decree margins and page numbers from the second page', async () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(documentXml).toContain('<w:titlePg/>');
    const headers = await Promise.all(
      files.filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('prints the parts in the decree styles', () => {
    expect(paragraphXml('Độc lập - Tự do - Hạnh phúc')).toContain('<w:b/>');
    expect(paragraphXml('Độc lập - Tự do - Hạnh phúc')).toContain('<w:jc w:val="center"/>');
    expect(paragraphXml('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:sz w:val="24"/>');
    expect(paragraphXml('Đà Nẵng, ngày 05 tháng 01 năm 2026')).toContain('<w:i/>');
    expect(paragraphXml('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toContain('<w:b/>');
    expect(paragraphXml('UBND THÀNH PHỐ ĐÀ NẴNG')).not.toContain('<w:b/>');
    const label = paragraphXml('Nơi nhận:');
    expect(label).toContain('<w:b/>');
    expect(label).toContain('<w:i/>');
    expect(label).toContain('<w:sz w:val="24"/>');
    expect(paragraphXml('- Lưu: VT, CĐS.')).toContain('<w:sz w:val="22"/>');
    const body = paragraphXml(SAMPLE_PLAN.body[2]!.type === 'paragraph' ? SAMPLE_PLAN.body[2]!.text : '');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind w:firstLine="567"\/>/);
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(paragraphXml('120.000.000')).toContain('<w:jc w:val="right"/>');
    expect(body).toMatch(/w:line="340"/);
    expect(body).toMatch(/w:lineRule="atLeast"/);
    // Số and the date share a row of the title block, below the agency and Quốc hiệu.
    const rows = documentXml.split('</w:tr>');
    expect(rows[0]).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(rows[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(rows[1]).toContain('Số: 05/KH-SKHCN');
    expect(rows[1]).toContain('Đà Nẵng, ngày 05 tháng 01 năm 2026');
    // Two rules in the title block (under the agency, under the motto) and one under the trích yếu.
    expect(documentXml.match(/<w:pBdr><w:top w:val="single"/g)?.length).toBe(3);
  });
});
