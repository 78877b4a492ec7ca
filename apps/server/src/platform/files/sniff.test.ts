import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectKind, readZipEntry, sniffFile, type FileKind } from './sniff.ts';
import { asciiFileName, contentDisposition, sanitizeFileName } from './file-name.ts';

/** A minimal zip archive (deflated entries) with the given files. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text);
    const data = deflateRawSync(raw);
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const ct = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x" ContentType="${main}"/></Types>`;
const XLSX = zip({
  '[Content_Types].xml': ct('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
  'xl/workbook.xml': '<workbook/>',
});
const DOCX = zip({
  'word/document.xml': '<w:document/>',
  '[Content_Types].xml': ct('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
});
const PLAIN_ZIP = zip({ 'readme.txt': 'xin chào' });
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])]);
const CSV = Buffer.from('\ufeffMã đơn vị,Tên đơn vị\r\n20242,Phường Hải Châu\r\n');
const LATIN1 = Buffer.from('T\xean \xf0\xe3 v\xec', 'latin1');

describe('sniffFile', () => {
  const accepted: [string, Buffer, string, FileKind][] = [
    ['PDF', PDF, 'Kế hoạch 2025.pdf', 'pdf'],
    ['PNG', PNG, 'anh.PNG', 'png'],
    ['JPEG as .jpg', JPEG, 'ảnh chụp.jpg', 'jpeg'],
    ['JPEG as .jpeg', JPEG, 'a.jpeg', 'jpeg'],
    ['GIF', GIF, 'a.gif', 'gif'],
    ['WebP', WEBP, 'a.webp', 'webp'],
    ['XLSX', XLSX, 'Danh sách.xlsx', 'xlsx'],
    ['DOCX', DOCX, 'Công văn.docx', 'docx'],
    ['CSV with BOM', CSV, 'don-vi.csv', 'csv'],
    ['plain text', Buffer.from('Xin chào Đà Nẵng\n'), 'ghi-chu.txt', 'txt'],
  ];
  it.each(accepted)('accepts %s', (_label, buf, name, kind) => {
    const r = sniffFile(buf, name);
    expect(r).toMatchObject({ ok: true, kind });
  });

  const refused: [string, Buffer, string, RegExp][] = [
    ['a program renamed to .pdf', EXE, 'hoa-don.pdf', /không khớp với phần mở rộng \.pdf.*không thuộc loại tệp nào/],
    ['a program', EXE, 'setup.exe', /Không nhận tệp có phần mở rộng \.exe/],
    ['a PNG named .pdf', PNG, 'x.pdf', /tệp là ảnh PNG, không phải PDF/],
    ['an XLSX named .docx', XLSX, 'x.docx', /là bảng tính Excel/],
    ['a zip that is no Office file', PLAIN_ZIP, 'x.xlsx', /không thuộc loại tệp nào/],
    ['text named .pdf', CSV, 'x.pdf', /không phải PDF/],
    ['Latin-1 text (not UTF-8)', LATIN1, 'x.csv', /không phải CSV/],
    ['text with NUL bytes', Buffer.from('a\u0000b'), 'x.txt', /không phải văn bản/],
    ['an empty file', Buffer.alloc(0), 'x.pdf', /Tệp rỗng/],
    ['a name without extension', PDF, 'hoso', /cần có phần mở rộng/],
    ['a kind outside the allowed list', PDF, 'x.pdf', /Chỉ nhận: CSV, bảng tính Excel/],
  ];
  it.each(refused)('refuses %s', (label, buf, name, message) => {
    const allowed: FileKind[] | undefined = label.startsWith('a kind outside') ? ['csv', 'xlsx'] : undefined;
    const r = sniffFile(buf, name, allowed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('reads a zip entry and refuses entries larger than the cap', () => {
    expect(readZipEntry(XLSX, 'xl/workbook.xml')?.toString()).toBe('<workbook/>');
    expect(readZipEntry(XLSX, 'missing.xml')).toBeNull();
    const big = zip({ '[Content_Types].xml': 'x'.repeat(2_000_000) });
    expect(readZipEntry(big, '[Content_Types].xml')).toBeNull();
    expect(detectKind(Buffer.from('PK\u0003\u0004 truncated'))).toBeNull();
  });
});

describe('file names', () => {
  const cases: [string, string][] = [
    ['Báo cáo quý 3.xlsx', 'Báo cáo quý 3.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\an\\Tài liệu.docx', 'Tài liệu.docx'],
    ['bad\u0000name\r\n.pdf', 'badname.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a<b>:c|d?e*.csv', 'a_b__c_d_e_.csv'],
    ['  ..hidden  ', 'hidden'],
    ['', 'tep'],
    ['Phu\u031Bo\u031Bng.txt', 'Phương.txt'],
  ];
  it.each(cases)('sanitizes %j to %j', (raw, expected) => expect(sanitizeFileName(raw)).toBe(expected));

  it('keeps the extension when shortening a long name', () => {
    const name = sanitizeFileName(`${'Đ'.repeat(300)}.xlsx`);
    expect(name.length).toBe(180);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('sends the UTF-8 name in filename* and an ASCII fallback', () => {
    expect(asciiFileName('Danh sách đơn vị "Đà Nẵng".xlsx')).toBe('Danh sach don vi _Da Nang_.xlsx');
    const h = contentDisposition("Đơn vị (2025)'s.csv");
    expect(h).toBe(
      `attachment; filename="Don vi (2025)'s.csv"; filename*=UTF-8''%C4%90%C6%A1n%20v%E1%BB%8B%20%282025%29%27s.csv`,
    );
    expect(decodeURIComponent(h.split("''")[1]!)).toBe("Đơn vị (2025)'s.csv");
  });
});
