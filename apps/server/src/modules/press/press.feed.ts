import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../../platform/errors.ts';

/** One entry of a feed, reduced to what the column register keeps. */
export type FeedItem = { guid: string; title: string; url: string | null; publishedOn: string };

export type FeedFetchOptions = { timeoutMs: number; maxBytes: number };

function feedError(message: string): AppError {
  return new AppError('BAD_REQUEST', message);
}

/** The calendar day in Vietnam (UTC+7) of an instant, so an item at 23:30 on the 31st stays in its month. */
function vietnamDay(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Text of an element whatever the parser made of it (plain, CDATA, with attributes). */
function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('#text' in o) return textOf(o['#text']);
  }
  return '';
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Entities left inside CDATA (feeds often escape HTML there too). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

function cleanTitle(s: string): string {
  return decodeEntities(s.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim().slice(0, 500);
}

function cleanUrl(s: string): string | null {
  const u = s.trim();
  return /^https?:\/\/\S+$/i.test(u) && u.length <= 2000 ? u : null;
}

function dayOf(text: string, fallback: string): string {
  const t = text.trim();
  if (!t) return fallback;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? fallback : vietnamDay(ms);
}

/**
 * Reads an RSS 2.0 or Atom 1.0 document. Items without a title are skipped; an item without a
 * date gets `today`. Anything that is not one of the two formats is refused with a message that
 * says what was found.
 */
export function parseFeed(xml: string, today: string): FeedItem[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    removeNSPrefix: true,
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    trimValues: true,
  });
  if (!xml.trim()) throw feedError('Nguồn tin trả về nội dung trống');
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml, true) as Record<string, any>;
  } catch (err) {
    throw feedError(`Nguồn tin không phải XML hợp lệ: ${(err as Error).message.split('\n')[0]}`);
  }
  let raw: FeedItem[];
  if (doc.rss?.channel) {
    const channel = Array.isArray(doc.rss.channel) ? doc.rss.channel[0] : doc.rss.channel;
    raw = asArray<any>(channel.item).map((it) => {
      const url = cleanUrl(textOf(it.link));
      const guid = textOf(it.guid).trim() || url || '';
      return { guid, title: cleanTitle(textOf(it.title)), url, publishedOn: dayOf(textOf(it.pubDate) || textOf(it.date), today) };
    });
  } else if (doc.feed) {
    raw = asArray<any>(doc.feed.entry).map((e) => {
      const links = asArray<any>(e.link);
      const alt = links.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ?? links[0];
      const url = cleanUrl(typeof alt === 'object' ? String(alt?.['@_href'] ?? '') : textOf(alt));
      const guid = textOf(e.id).trim() || url || '';
      return { guid, title: cleanTitle(textOf(e.title)), url, publishedOn: dayOf(textOf(e.published) || textOf(e.updated), today) };
    });
  } else {
    const root = Object.keys(doc).find((k) => k !== '?xml') ?? 'không có';
    throw feedError(`Nguồn tin không phải RSS 2.0 hay Atom 1.0 (thẻ gốc: ${root})`);
  }
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const it of raw) {
    if (!it.title) continue;
    const guid = (it.guid || `${it.publishedOn}|${it.title}`).slice(0, 2000);
    if (seen.has(guid)) continue;
    seen.add(guid);
    items.push({ ...it, guid });
  }
  return items;
}

/**
 * Fetches a feed over HTTP(S), with a time limit and a size limit (read as it streams, so a huge
 * answer is cut off early). Errors come back in Vietnamese, naming the address.
 */
export async function fetchFeed(url: string, opts: FeedFetchOptions): Promise<string> {
  if (!/^https?:\/\//i.test(url)) throw feedError(`Địa chỉ nguồn tin phải bắt đầu bằng http:// hoặc https://: ${url}`);
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(opts.timeoutMs),
      redirect: 'follow',
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5', 'user-agent': 'LanToa-feed/1.0' },
    });
  } catch (err) {
    const e = err as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw feedError(`Nguồn tin ${url} không trả lời sau ${Math.round(opts.timeoutMs / 1000)} giây`);
    throw feedError(`Không kết nối được nguồn tin ${url}: ${(e.cause as Error | undefined)?.message ?? e.message}`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw feedError(`Nguồn tin ${url} trả lời lỗi HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw feedError(`Nguồn tin ${url} quá lớn (${declared} byte, tối đa ${opts.maxBytes})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > opts.maxBytes) throw feedError(`Nguồn tin ${url} quá lớn (hơn ${opts.maxBytes} byte)`);
        chunks.push(chunk);
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw feedError(`Nguồn tin ${url} không trả lời hết sau ${Math.round(opts.timeoutMs / 1000)} giây`);
    throw feedError(`Đọc nguồn tin ${url} bị gián đoạn: ${e.message}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
