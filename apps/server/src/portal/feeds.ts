import type { PublicItem } from '../modules/content/index.ts';
import { escapeHtml } from './html.ts';
import { itemPath } from './content.pages.ts';

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of published items, with absolute addresses. */
export type FeedMeta = { title: string; description: string; baseUrl: string; selfPath: string; pagePath: string };

// XML 1.0 forbids most C0 control characters even escaped.
// eslint-disable-next-line no-control-regex
const x = (s: string) => escapeHtml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
const summaryOf = (i: PublicItem) => i.summary ?? i.bodyText.slice(0, 400);

export function renderRss(meta: FeedMeta, items: PublicItem[]): string {
  const updated = items[0]?.publishedAt ?? new Date(0);
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${x(meta.title)}</title>
<link>${x(meta.baseUrl + meta.pagePath)}</link>
<description>${x(meta.description)}</description>
<language>vi</language>
<lastBuildDate>${updated.toUTCString()}</lastBuildDate>
<atom:link href="${x(meta.baseUrl + meta.selfPath)}" rel="self" type="application/rss+xml"/>
${items
  .map(
    (i) => `<item>
<title>${x(i.title)}</title>
<link>${x(meta.baseUrl + itemPath(i))}</link>
<guid isPermaLink="false">urn:uuid:${i.id}</guid>
<pubDate>${i.publishedAt.toUTCString()}</pubDate>
<description>${x(summaryOf(i))}</description>
<category>${x(i.unitName)}</category>
${i.tags.map((t) => `<category>${x(t)}</category>`).join('\n')}
${i.cover ? `<enclosure url="${x(meta.baseUrl + i.cover.url)}" length="${i.cover.size}" type="${x(i.cover.mime)}"/>` : ''}
</item>`,
  )
  .join('\n')}
</channel>
</rss>
`;
}

export function renderAtom(meta: FeedMeta, items: PublicItem[]): string {
  const updated = items.reduce((d, i) => (i.updatedAt > d ? i.updatedAt : d), new Date(0));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
<title>${x(meta.title)}</title>
<subtitle>${x(meta.description)}</subtitle>
<id>${x(meta.baseUrl + meta.selfPath)}</id>
<link rel="self" type="application/atom+xml" href="${x(meta.baseUrl + meta.selfPath)}"/>
<link rel="alternate" type="text/html" href="${x(meta.baseUrl + meta.pagePath)}"/>
<updated>${updated.toISOString()}</updated>
<author><name>Lan Tỏa</name></author>
${items
  .map(
    (i) => `<entry>
<title>${x(i.title)}</title>
<id>urn:uuid:${i.id}</id>
<link rel="alternate" type="text/html" href="${x(meta.baseUrl + itemPath(i))}"/>
<published>${i.publishedAt.toISOString()}</published>
<updated>${i.updatedAt.toISOString()}</updated>
<author><name>${x(i.unitName)}</name></author>
<summary>${x(summaryOf(i))}</summary>
${i.tags.map((t) => `<category term="${x(t)}"/>`).join('\n')}
</entry>`,
  )
  .join('\n')}
</feed>
`;
}

export function renderJsonFeed(meta: FeedMeta, items: PublicItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.baseUrl + meta.pagePath,
    feed_url: meta.baseUrl + meta.selfPath,
    language: 'vi',
    items: items.map((i) => ({
      id: i.id,
      url: meta.baseUrl + itemPath(i),
      title: i.title,
      summary: summaryOf(i),
      content_text: i.bodyText || summaryOf(i),
      date_published: i.publishedAt.toISOString(),
      date_modified: i.updatedAt.toISOString(),
      authors: [{ name: i.unitName }],
      tags: i.tags,
      ...(i.cover ? { image: meta.baseUrl + i.cover.url } : {}),
    })),
  });
}

export function renderSitemap(baseUrl: string, staticPaths: string[], items: { slug: string; updatedAt: Date }[], columns: { unitId: string; lastAt: Date }[]): string {
  const url = (loc: string, lastmod?: Date) => `<url><loc>${x(baseUrl + loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${staticPaths.map((p) => url(p)).join('\n')}
${columns.map((c) => url(`/chuyen-muc/${c.unitId}`, c.lastAt)).join('\n')}
${items.map((i) => url(itemPath(i), i.updatedAt)).join('\n')}
</urlset>
`;
}
