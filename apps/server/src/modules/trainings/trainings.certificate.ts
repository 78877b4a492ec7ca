import PDFDocument from 'pdfkit';
import { FONT_STYLES, fontBytes } from '../../platform/documents/fonts.ts';
import { NATIONAL_MOTTO, NATIONAL_TITLE } from '../../platform/documents/layout.ts';
import { upper } from '../../platform/documents/words.ts';

/** What a certificate of completion says. Dates are ISO (yyyy-mm-dd). */
export type CertificateData = {
  number: string;
  organiserName: string;
  fullName: string;
  unitName: string | null;
  classTitle: string;
  courseTitle: string;
  startsOn: string;
  endsOn: string;
  place: string | null;
  isOnline: boolean;
  /** The day the certificate is dated: the last day of the class. */
  issuedOn: string;
};

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** "Ngày 12 tháng 04 năm 2026", as dates are written in the closing line of official papers. */
function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `Ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
}

/**
 * A certificate of completion (giấy chứng nhận hoàn thành), one A4 landscape page in Tinos, the
 * typeface of the platform's official documents, embedded so that the text extracts as typed.
 */
export async function renderCertificatePdf(c: CertificateData): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `Giấy chứng nhận hoàn thành — ${c.fullName}`,
      Author: c.organiserName,
      Subject: c.classTitle,
      Creator: 'Lan Tỏa',
      CreationDate: new Date(`${c.issuedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const s of FONT_STYLES) pdf.registerFont(s, fontBytes(s));

  const W = pdf.page.width;
  const H = pdf.page.height;
  const left = 60;
  const width = W - 120;
  // A double frame, as printed certificates have.
  pdf.lineWidth(2.5).strokeColor('#1f4e79').rect(24, 24, W - 48, H - 48).stroke();
  pdf.lineWidth(0.8).rect(32, 32, W - 64, H - 64).stroke();
  pdf.fillColor('#000000');

  const line = (text: string, style: (typeof FONT_STYLES)[number], size: number, gap = 4) => {
    pdf.font(style).fontSize(size).text(text, left, undefined, { width, align: 'center' });
    pdf.moveDown(gap / size);
  };

  pdf.y = 56;
  line(NATIONAL_TITLE, 'bold', 13);
  line(NATIONAL_MOTTO, 'bold', 14, 2);
  const mottoWidth = pdf.font('bold').fontSize(14).widthOfString(NATIONAL_MOTTO);
  pdf.lineWidth(0.6).strokeColor('#000000').moveTo((W - mottoWidth) / 2, pdf.y).lineTo((W + mottoWidth) / 2, pdf.y).stroke();
  pdf.moveDown(1.2);
  line(upper(c.organiserName), 'bold', 14, 10);
  line('GIẤY CHỨNG NHẬN', 'bold', 30, 2);
  line('HOÀN THÀNH KHÓA TẬP HUẤN, BỒI DƯỠNG', 'bold', 16, 14);
  line('Chứng nhận ông/bà:', 'italic', 14, 4);
  line(c.fullName, 'bold', 24, 8);
  if (c.unitName) line(`Đơn vị công tác: ${c.unitName}`, 'regular', 14, 6);
  line(`Đã hoàn thành lớp “${c.classTitle}”`, 'regular', 14, 4);
  line(`thuộc khóa ${c.courseTitle}`, 'regular', 14, 4);
  const where = c.isOnline ? (c.place ? `trực tuyến và tại ${c.place}` : 'trực tuyến') : `tại ${c.place ?? ''}`;
  line(`Thời gian: từ ngày ${vnDate(c.startsOn)} đến ngày ${vnDate(c.endsOn)}, ${where}.`, 'regular', 14, 16);

  const closingX = W / 2 + 20;
  const closingW = W - 60 - closingX;
  const y = Math.max(pdf.y, H - 160);
  pdf.font('regular').fontSize(12).text(`Số: ${c.number}`, left, y + 20, { width: W / 2 - 80 });
  pdf.font('italic').fontSize(13).text(dateInWords(c.issuedOn), closingX, y, { width: closingW, align: 'center' });
  pdf.font('bold').fontSize(13).text('ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC', closingX, undefined, { width: closingW, align: 'center' });
  pdf.end();
  return done;
}
