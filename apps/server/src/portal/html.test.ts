import { describe, expect, it } from 'vitest';
import { escapeHtml, formatDate, html, paragraphs, safeUrl } from './html.ts';

const XSS = `<script>alert("x")</script><img src=x onerror='alert(1)'>&`;

describe('html', () => {
  it('escapes every interpolated value', () => {
    const out = html`<p title="${XSS}">${XSS}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;</p>',
    );
  });

  it('escapes inside arrays and keeps nested templates as markup', () => {
    const items = ['<b>1</b>', 'Đà Nẵng'];
    expect(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.value).toBe(
      '<ul><li>&lt;b&gt;1&lt;/b&gt;</li><li>Đà Nẵng</li></ul>',
    );
  });

  it('renders nothing for null, undefined and booleans, and numbers as text', () => {
    expect(html`a${null}b${undefined}c${false}d${true}e${0}`.value).toBe('abcde0');
  });

  it.each([
    ['&', '&amp;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['Chuyển đổi số', 'Chuyển đổi số'],
  ])('escapeHtml(%s) = %s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://danang.gov.vn/a?b=1', 'https://danang.gov.vn/a?b=1'],
    ['http://example.vn', 'http://example.vn'],
    ['/de-an', '/de-an'],
    ['#noi-dung', '#noi-dung'],
    ['javascript:alert(1)', '#'],
    ['JavaScript:alert(1)', '#'],
    ['data:text/html,<script>', '#'],
    ['//evil.example', '#'],
    [null, '#'],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('paragraphs and dates', () => {
  it('splits blank lines into escaped paragraphs', () => {
    expect(paragraphs('Một <b>\nhai\n\nBa').value).toBe('<p>Một &lt;b&gt;<br>hai</p><p>Ba</p>');
  });
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2022-10-28')).toBe('28/10/2022');
    expect(formatDate(null)).toBe('');
  });
});
