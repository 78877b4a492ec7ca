import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '@lantoa/contracts/documents';
import { slotKey, splitReport, unplacedSlots } from './report-sections.ts';

const h1 = (text: string): DocumentBlock => ({ type: 'heading', level: 1, text });
const h2 = (text: string): DocumentBlock => ({ type: 'heading', level: 2, text });
const p = (text: string): DocumentBlock => ({ type: 'paragraph', text });

const body: DocumentBlock[] = [
  p('Thực hiện Quyết định số 2780/QĐ-UBND…'),
  h1('I. Tình hình triển khai'),
  p('Đoạn một.'),
  p('Đoạn hai.'),
  h1('II. Kết quả thực hiện các chỉ tiêu'),
  { type: 'table', caption: 'Bảng 1', unitNote: null, columns: [{ header: 'A', kind: 'text', width: 1 }], rows: [['x']], total: null },
  h1('III. Kết quả theo nội dung nhiệm vụ'),
  h2('1. Nâng cao nhận thức'),
  p('12 hoạt động trong 5 kế hoạch đã được chấp nhận.'),
  h2('2. Triển khai kế hoạch'),
  p('3 hoạt động trong 2 kế hoạch đã được chấp nhận.'),
  h1('VI. Khó khăn, vướng mắc'),
  p('Không có.'),
  h1('VII. Đề xuất, kiến nghị'),
  p('Không có.'),
];

describe('splitReport', () => {
  it('cuts the body at every heading and keeps the opening sentence apart', () => {
    const parts = splitReport(body);
    expect(parts.map((x) => x.blocks.length)).toEqual([1, 3, 2, 1, 2, 2, 2, 2]);
  });

  it('puts each narrative field beside its section, task areas by their number', () => {
    const slots = splitReport(body).map((x) => (x.slot ? slotKey(x.slot) : null));
    expect(slots).toEqual([null, 'overview', null, null, 'taskArea:1', 'taskArea:2', 'difficulties', 'proposals']);
    expect(splitReport(body)[4]!.slot).toEqual({ kind: 'taskArea', number: '1', title: 'Nâng cao nhận thức' });
  });

  it('knows a section by its title, whatever its numeral', () => {
    const renumbered = [h1('VIII. Khó khăn, vướng mắc'), p('…'), h1('IV. Tình hình triển khai')];
    expect(splitReport(renumbered).map((x) => x.slot?.kind)).toEqual(['difficulties', 'overview']);
  });
});

describe('unplacedSlots', () => {
  it('lists what was written for sections the document does not have, so that nothing is lost', () => {
    const parts = splitReport(body.slice(0, 11));
    expect(unplacedSlots(parts, ['1', '3']).map(slotKey)).toEqual(['difficulties', 'proposals', 'taskArea:3']);
  });

  it('is empty when every field has its section', () => {
    expect(unplacedSlots(splitReport(body), ['1', '2'])).toEqual([]);
  });
});
