import { describe, expect, it } from 'vitest';
import { parseFeed } from './press.feed.ts';
import { parseDay } from './press.import.ts';

const TODAY = '2025-12-01';

describe('parseFeed', () => {
  it('reads RSS 2.0: CDATA and entities in titles, guid or link as key, the day in Vietnam time', () => {
    const items = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
        <item><title><![CDATA[Chợ <b>Hàn</b> &amp; thanh toán số]]></title><link>https://a.vn/1</link><guid isPermaLink="false">g-1</guid><pubDate>Sun, 31 Aug 2025 17:30:00 GMT</pubDate></item>
        <item><title>Bài &#273;&#7847;u &amp; cuối</title><link>https://a.vn/2</link></item>
        <item><title>   </title><link>https://a.vn/3</link></item>
        <item><title>Trùng khóa</title><link>https://a.vn/1</link><guid>g-1</guid></item>
      </channel></rss>`,
      TODAY,
    );
    expect(items).toEqual([
      { guid: 'g-1', title: 'Chợ Hàn & thanh toán số', url: 'https://a.vn/1', publishedOn: '2025-09-01' },
      { guid: 'https://a.vn/2', title: 'Bài đầu & cuối', url: 'https://a.vn/2', publishedOn: TODAY },
    ]);
  });

  it('reads Atom 1.0: the alternate link, id as key, published before updated', () => {
    const items = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
        <entry><title type="text">Một</title><link rel="self" href="https://a.vn/self"/><link rel="alternate" href="https://a.vn/mot"/><id>urn:1</id>
          <published>2025-03-01T00:30:00+07:00</published><updated>2025-04-01T00:00:00Z</updated></entry>
        <entry><title>Hai</title><link href="https://a.vn/hai"/><id>urn:2</id><updated>2025-02-28T18:00:00Z</updated></entry>
      </feed>`,
      TODAY,
    );
    expect(items).toEqual([
      { guid: 'urn:1', title: 'Một', url: 'https://a.vn/mot', publishedOn: '2025-03-01' },
      { guid: 'urn:2', title: 'Hai', url: 'https://a.vn/hai', publishedOn: '2025-03-01' },
    ]);
  });

  it.each([
    ['<html><body>Bảo trì</body></html>', 'không phải RSS 2.0 hay Atom 1.0 (thẻ gốc: html)'],
    ['<rss><channel><item><title>x</title></item>', 'không phải XML hợp lệ'],
    ['  ', 'nội dung trống'],
  ])('refuses %j with a message that says why', (xml, message) => {
    expect(() => parseFeed(xml, TODAY)).toThrow(message);
  });

  it('ignores a link that is not a web address', () => {
    const [item] = parseFeed('<rss><channel><item><title>T</title><link>javascript:alert(1)</link><guid>k</guid></item></channel></rss>', TODAY);
    expect(item).toEqual({ guid: 'k', title: 'T', url: null, publishedOn: TODAY });
  });
});

describe('parseDay (import)', () => {
  it.each([
    ['15/03/2025', '2025-03-15'],
    ['1/9/2025', '2025-09-01'],
    ['2025-03-15', '2025-03-15'],
    ['45731', '2025-03-15'],
    ['31/02/2025', null],
    ['mai', null],
  ])('%s → %s', (text, iso) => expect(parseDay(text)).toBe(iso));
});
