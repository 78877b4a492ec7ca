import { describe, expect, it } from 'vitest';
import { fromBodyHtml, fromLocalInput, toBodyHtml, toLocalInput } from './content-form-values.ts';

describe('content form values', () => {
  it.each([
    ['', ''],
    ['Một đoạn', '<p>Một đoạn</p>'],
    ['Đoạn 1\n\nĐoạn 2 <b', '<p>Đoạn 1</p><p>Đoạn 2 &lt;b</p>'],
    ['Dòng 1\nDòng 2', '<p>Dòng 1<br>Dòng 2</p>'],
    ['<p>Đã có thẻ</p>', '<p>Đã có thẻ</p>'],
  ])('%j → %j', (input, out) => expect(toBodyHtml(input)).toBe(out));

  it.each([
    ['<p>Đoạn 1</p><p>Đoạn 2 &lt;b<br>dòng</p>', 'Đoạn 1\n\nĐoạn 2 <b\ndòng'],
    ['<p>Có <strong>đậm</strong></p>', '<p>Có <strong>đậm</strong></p>'],
    ['<h2>Tiêu đề</h2><p>x</p>', '<h2>Tiêu đề</h2><p>x</p>'],
  ])('reads back %j as %j, and round-trips', (html, text) => {
    expect(fromBodyHtml(html)).toBe(text);
    expect(toBodyHtml(fromBodyHtml(html))).toBe(html);
  });

  it('reads and writes Vietnam time', () => {
    expect(fromLocalInput('2025-10-10T08:30')).toBe('2025-10-10T08:30:00+07:00');
    expect(fromLocalInput('')).toBeNull();
    expect(toLocalInput('2025-10-10T01:30:00.000Z')).toBe('2025-10-10T08:30');
  });
});
