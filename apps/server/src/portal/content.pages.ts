import {
  CONTENT_AUDIENCE_LABELS_VI,
  CONTENT_AUDIENCES,
  CONTENT_KIND_LABELS_VI,
  CONTENT_KINDS,
  type ContentAudience,
  type ContentKind,
} from '@lantoa/contracts/content';
import { COUNT_CAP, RANK_POOL, type PublicFile, type PublicItem, type SearchResult } from '../modules/content/index.ts';
import { escapeHtml, html, SafeHtml } from './html.ts';
import { renderPage, SITE_NAME } from './layout.ts';

const dateFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
const nf = new Intl.NumberFormat('vi-VN');

export function formatVnDate(d: Date): string {
  return dateFmt.format(d);
}

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${nf.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

export const itemPath = (i: { slug: string }) => `/noi-dung/${encodeURIComponent(i.slug)}`;
export const columnPath = (unitId: string) => `/chuyen-muc/${unitId}`;

function kindLabel(kind: string): string {
  return CONTENT_KIND_LABELS_VI[kind as ContentKind] ?? kind;
}

/** One item in a list: thumbnail (decorative, the title says it all), title link, date, unit, summary. */
function card(i: PublicItem, headingLevel: 2 | 3 = 2): SafeHtml {
  const title = html`<a href="${itemPath(i)}">${i.title}</a>`;
  const summary = i.summary ?? (i.bodyText.length > 220 ? `${i.bodyText.slice(0, 220).trimEnd()}…` : i.bodyText);
  return html`<li class="item-card">
  ${i.cover ? html`<img class="item-thumb" src="${i.cover.thumbUrl ?? i.cover.url}" alt="" width="160" height="100" loading="lazy">` : ''}
  <div class="item-text">
    <p class="item-meta"><span class="kind">${kindLabel(i.kind)}</span> · <time datetime="${i.publishedAt.toISOString()}">${formatVnDate(i.publishedAt)}</time> · ${i.unitName}</p>
    ${headingLevel === 2 ? html`<h2 class="item-title">${title}</h2>` : html`<h3 class="item-title">${title}</h3>`}
    ${summary ? html`<p class="item-summary">${summary}</p>` : ''}
  </div>
</li>`;
}

function itemList(items: PublicItem[], level: 2 | 3 = 2, empty = 'Chưa có nội dung nào được đăng.'): SafeHtml {
  if (items.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<ul class="item-list">${items.map((i) => card(i, level))}</ul>`;
}

function pager(path: string, page: number, totalPages: number, extra: Record<string, string | undefined> = {}): SafeHtml {
  if (totalPages <= 1) return html``;
  const href = (n: number) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(extra)) if (v) qs.set(k, v);
    if (n > 1) qs.set('trang', String(n));
    const s = qs.toString();
    return s ? `${path}?${s}` : path;
  };
  return html`<nav class="pager" aria-label="Phân trang">
  ${page > 1 ? html`<a href="${href(page - 1)}" rel="prev">← Trang trước</a>` : ''}
  <span>Trang ${page} / ${totalPages}</span>
  ${page < totalPages ? html`<a href="${href(page + 1)}" rel="next">Trang sau →</a>` : ''}
</nav>`;
}

function feedLinks(query: string, label: string): SafeHtml {
  return html`<link rel="alternate" type="application/rss+xml" title="${label} (RSS)" href="/rss.xml${query}">
<link rel="alternate" type="application/atom+xml" title="${label} (Atom)" href="/atom.xml${query}">
<link rel="alternate" type="application/feed+json" title="${label} (JSON Feed)" href="/feed.json${query}">`;
}

function feedBar(query: string): SafeHtml {
  return html`<p class="feeds">Theo dõi: <a href="/rss.xml${query}">RSS</a> · <a href="/atom.xml${query}">Atom</a> · <a href="/feed.json${query}">JSON Feed</a></p>`;
}

/** The home page's block of latest column posts and guides. */
export function renderLatestSection(news: PublicItem[], guides: PublicItem[]): SafeHtml {
  if (news.length === 0 && guides.length === 0) return html``;
  return html`<section class="section" aria-labelledby="tin-moi">
  <div class="wrap two-col">
    <div>
      <h2 id="tin-moi">Tin mới về Chuyển đổi số</h2>
      ${itemList(news, 3)}
      <p><a class="more" href="/tin-tuc">Xem tất cả tin bài</a></p>
    </div>
    <div>
      <h2 id="huong-dan-nhanh">Hướng dẫn cho người dân</h2>
      <ul class="link-list">${guides.map((g) => html`<li><a href="${itemPath(g)}">${g.title}</a></li>`)}</ul>
      <p><a class="more" href="/huong-dan">Tất cả hướng dẫn</a> · <a class="more" href="/tai-lieu">Tài liệu tải về</a></p>
    </div>
  </div>
</section>`;
}

export function renderNewsPage(p: { items: PublicItem[]; page: number; totalPages: number; columns: { unitId: string; unitName: string; posts: number }[] }): string {
  const main = html`<div class="wrap section two-col wide-left">
  <div>
    <h1>Chuyên mục Chuyển đổi số</h1>
    <p class="lead">Tin bài từ chuyên mục "Chuyển đổi số" của các sở, ngành, quận, huyện, phường, xã và cơ quan báo chí trên địa bàn thành phố.</p>
    ${feedBar('')}
    ${itemList(p.items)}
    ${pager('/tin-tuc', p.page, p.totalPages)}
  </div>
  <aside aria-labelledby="cac-chuyen-muc">
    <h2 id="cac-chuyen-muc">Chuyên mục của các đơn vị</h2>
    ${p.columns.length ? html`<ul class="link-list">${p.columns.map((c) => html`<li><a href="${columnPath(c.unitId)}">${c.unitName}</a> <span class="muted">(${nf.format(c.posts)} bài)</span></li>`)}</ul>` : html`<p class="empty">Chưa có đơn vị nào đăng bài.</p>`}
  </aside>
</div>`;
  return renderPage({ title: 'Chuyên mục Chuyển đổi số', description: 'Tin bài về chuyển đổi số của thành phố Đà Nẵng và các đơn vị.', path: '/tin-tuc', main, head: feedLinks('', 'Chuyên mục Chuyển đổi số') });
}

export function renderColumnPage(p: { unitId: string; unitName: string; items: PublicItem[]; page: number; totalPages: number }): string {
  const q = `?don-vi=${p.unitId}`;
  const main = html`<div class="wrap section">
  <p class="eyebrow"><a href="/tin-tuc">Chuyên mục Chuyển đổi số</a></p>
  <h1>Chuyển đổi số — ${p.unitName}</h1>
  ${feedBar(q)}
  ${itemList(p.items, 2, 'Đơn vị chưa đăng bài nào trong chuyên mục.')}
  ${pager(columnPath(p.unitId), p.page, p.totalPages)}
  <details class="embed-help">
    <summary>Gắn chuyên mục này vào cổng thông tin của đơn vị</summary>
    <p>Dán một trong hai đoạn mã sau vào trang của đơn vị:</p>
    <pre><code>${`<iframe src="/nhung/chuyen-muc/${p.unitId}" title="Chuyển đổi số — ${p.unitName}" width="100%" height="480" loading="lazy"></iframe>`}</code></pre>
    <pre><code>${`<script src="/nhung/chuyen-muc/${p.unitId}.js" async></script>`}</code></pre>
  </details>
</div>`;
  return renderPage({ title: `Chuyển đổi số — ${p.unitName}`, description: `Chuyên mục Chuyển đổi số của ${p.unitName}.`, path: '/tin-tuc', main, head: feedLinks(q, `Chuyển đổi số — ${p.unitName}`) });
}

export function renderGuidesPage(p: { items: PublicItem[] }): string {
  const main = html`<div class="wrap section">
  <h1>Hướng dẫn cho người dân</h1>
  <p class="lead">Các bước làm cụ thể để dùng dịch vụ số an toàn: tài khoản định danh điện tử VNeID, dịch vụ công trực tuyến, ứng dụng của thành phố, an toàn trên mạng.</p>
  ${itemList(p.items, 2, 'Chưa có hướng dẫn nào được đăng.')}
</div>`;
  return renderPage({ title: 'Hướng dẫn cho người dân', description: 'Hướng dẫn từng bước sử dụng dịch vụ số cho người dân Đà Nẵng.', path: '/huong-dan', main });
}

const MATERIAL_KINDS: ContentKind[] = ['official_document', 'handbook', 'infographic', 'video', 'key_message', 'faq'];

export function renderMaterialsPage(p: { items: PublicItem[]; page: number; totalPages: number; kind: ContentKind | null }): string {
  const main = html`<div class="wrap section">
  <h1>Tài liệu truyền thông</h1>
  <p class="lead">Văn bản, sổ tay, infographic, video và thông điệp để các đơn vị, nhà trường, tổ công nghệ số cộng đồng sử dụng.</p>
  <nav aria-label="Loại tài liệu" class="filter-links">
    <a href="/tai-lieu"${p.kind ? '' : html` aria-current="page"`}>Tất cả</a>
    ${MATERIAL_KINDS.map((k) => html`<a href="/tai-lieu?loai=${k}"${p.kind === k ? html` aria-current="page"` : ''}>${CONTENT_KIND_LABELS_VI[k]}</a>`)}
  </nav>
  ${p.items.length === 0 ? html`<p class="empty">Chưa có tài liệu nào.</p>` : html`<ul class="item-list">${p.items.map(
    (i) => html`<li class="item-card">
      ${i.cover ? html`<img class="item-thumb" src="${i.cover.thumbUrl ?? i.cover.url}" alt="" width="160" height="100" loading="lazy">` : ''}
      <div class="item-text">
        <p class="item-meta"><span class="kind">${kindLabel(i.kind)}</span> · ${formatVnDate(i.publishedAt)} · ${i.unitName}</p>
        <h2 class="item-title"><a href="${itemPath(i)}">${i.title}</a></h2>
        ${downloads(i.files.filter((f) => f.role !== 'image' || i.kind === 'infographic'))}
      </div>
    </li>`,
  )}</ul>`}
  ${pager('/tai-lieu', p.page, p.totalPages, { loai: p.kind ?? undefined })}
</div>`;
  return renderPage({ title: 'Tài liệu truyền thông', description: 'Tài liệu truyền thông chuyển đổi số để tải về.', path: '/tai-lieu', main });
}

function downloads(files: PublicFile[]): SafeHtml {
  if (files.length === 0) return html``;
  return html`<ul class="downloads">${files.map(
    (f) => html`<li><a href="${f.url}" download>${f.name}</a> <span class="muted">(${f.mime.split(';')[0]!.split('/')[1]!.toUpperCase()}, ${sizeText(f.size)})</span></li>`,
  )}</ul>`;
}

export function renderItemPage(p: { item: PublicItem; related: PublicItem[]; baseUrl: string }): string {
  const i = p.item;
  const abs = (path: string) => `${p.baseUrl}${path}`;
  const images = i.files.filter((f) => f.role === 'image' && f.fileId !== i.cover?.fileId);
  const videos = i.files.filter((f) => f.role === 'video');
  const docs = i.files.filter((f) => f.role === 'document');
  const description = i.summary ?? i.bodyText.slice(0, 200);
  const head = html`<link rel="canonical" href="${abs(itemPath(i))}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:locale" content="vi_VN">
<meta property="og:title" content="${i.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${abs(itemPath(i))}">
${i.cover ? html`<meta property="og:image" content="${abs(i.cover.url)}">${i.cover.caption ? html`\n<meta property="og:image:alt" content="${i.cover.caption}">` : ''}` : ''}
<meta property="article:published_time" content="${i.publishedAt.toISOString()}">
<meta property="article:modified_time" content="${i.updatedAt.toISOString()}">
${i.tags.map((t) => html`<meta property="article:tag" content="${t}">`)}
<meta name="twitter:card" content="${i.cover ? 'summary_large_image' : 'summary'}">`;
  const main = html`<article class="wrap section article">
  <p class="eyebrow"><a href="${i.inColumn ? columnPath(i.unitId) : '/tin-tuc'}">${i.inColumn ? `Chuyển đổi số — ${i.unitName}` : kindLabel(i.kind)}</a></p>
  <h1>${i.title}</h1>
  <p class="item-meta"><span class="kind">${kindLabel(i.kind)}</span> · Đăng ngày <time datetime="${i.publishedAt.toISOString()}">${formatVnDate(i.publishedAt)}</time> · ${i.unitName}</p>
  ${i.summary ? html`<p class="lead">${i.summary}</p>` : ''}
  ${i.cover ? figure(i.cover, i.title) : ''}
  <div class="article-body">${new SafeHtml(i.bodyHtml)}</div>
  ${images.length ? html`<section aria-labelledby="hinh-anh"><h2 id="hinh-anh">Hình ảnh</h2><div class="gallery">${images.map((f) => figure(f, i.title))}</div></section>` : ''}
  ${videos.length ? html`<section aria-labelledby="video"><h2 id="video">Video</h2>${videos.map(
    (v) => html`<figure><video controls preload="metadata" src="${v.url}" width="640">Trình duyệt không phát được video; <a href="${v.url}">tải video về</a>.</video>${v.caption ? html`<figcaption>${v.caption}</figcaption>` : ''}</figure>`,
  )}</section>` : ''}
  ${docs.length ? html`<section aria-labelledby="tai-ve"><h2 id="tai-ve">Tệp đính kèm</h2>${downloads(docs)}</section>` : ''}
  ${i.audiences.length ? html`<p class="muted">Dành cho: ${i.audiences.map((a) => CONTENT_AUDIENCE_LABELS_VI[a as ContentAudience] ?? a).join(', ')}</p>` : ''}
  ${i.tags.length ? html`<p class="tags">Chủ đề: ${i.tags.map((t, n) => html`${n ? ', ' : ''}<a href="/tim-kiem?q=${encodeURIComponent(`"${t}"`)}">${t}</a>`)} <span class="muted">(<a href="/rss.xml?chu-de=${encodeURIComponent(i.tags[0]!)}">RSS theo chủ đề ${i.tags[0]}</a>)</span></p>` : ''}
</article>
${p.related.length ? html`<section class="section related" aria-labelledby="lien-quan"><div class="wrap"><h2 id="lien-quan">Nội dung liên quan</h2>${itemList(p.related, 3)}</div></section>` : ''}`;
  return renderPage({ title: i.title, description, path: i.kind === 'guide' ? '/huong-dan' : i.inColumn ? '/tin-tuc' : '/tai-lieu', main, head });
}

function figure(f: PublicFile, fallbackAlt: string): SafeHtml {
  const alt = f.caption ?? `Ảnh minh họa: ${fallbackAlt}`;
  return html`<figure class="figure-img"><a href="${f.url}"><img src="${f.thumbUrl ?? f.url}" alt="${alt}"${f.width && f.height ? html` width="${Math.min(f.width, 480)}" height="${Math.round((Math.min(f.width, 480) / f.width) * f.height)}"` : ''} loading="lazy"></a>${f.caption ? html`<figcaption>${f.caption}</figcaption>` : ''}</figure>`;
}

export type SearchPageInput = { q: string; kind: ContentKind | null; audience: ContentAudience | null; year: number | null; page: number; pageSize: number; result: SearchResult | null };

export function renderSearchPage(p: SearchPageInput): string {
  const r = p.result;
  const totalPages = r ? Math.max(1, Math.ceil(Math.min(r.total, RANK_POOL) / p.pageSize)) : 1;
  const link = (over: Partial<Record<'loai' | 'doi-tuong' | 'nam', string | null>>) => {
    const qs = new URLSearchParams({ q: p.q });
    const cur = { loai: p.kind, 'doi-tuong': p.audience, nam: p.year ? String(p.year) : null, ...over };
    for (const [k, v] of Object.entries(cur)) if (v) qs.set(k, v);
    return `/tim-kiem?${qs.toString()}`;
  };
  const facet = (title: string, key: 'loai' | 'doi-tuong' | 'nam', values: { value: string | number; count: number }[], label: (v: string) => string, current: string | null) =>
    values.length === 0 ? html`` : html`<div class="facet"><h3>${title}</h3><ul>${values.map(
      (v) => html`<li>${String(v.value) === current
        ? html`<strong aria-current="true">${label(String(v.value))} (${nf.format(v.count)})</strong> <a href="${link({ [key]: null })}">bỏ lọc<span class="visually-hidden"> ${label(String(v.value))}</span></a>`
        : html`<a href="${link({ [key]: String(v.value) })}">${label(String(v.value))}</a> (${nf.format(v.count)})`}</li>`,
    )}</ul></div>`;
  const main = html`<div class="wrap section">
  <h1>Tìm kiếm</h1>
  <form class="search-form" action="/tim-kiem" method="get" role="search">
    <label for="q">Từ khóa (gõ có dấu hoặc không dấu; đặt cụm từ trong "ngoặc kép" để tìm đúng cụm)</label>
    <div class="search-row"><input id="q" name="q" type="search" value="${p.q}" maxlength="200"><button type="submit">Tìm</button></div>
  </form>
  ${!r ? html`<p class="muted">Ví dụ: <a href="/tim-kiem?q=chuyen+doi+so">chuyen doi so</a>, <a href="/tim-kiem?q=%22d%E1%BB%8Bch+v%E1%BB%A5+c%C3%B4ng%22">"dịch vụ công"</a>, <a href="/tim-kiem?q=VNeID">VNeID</a>.</p>` : html`
  <p role="status">Tìm thấy ${r.total > COUNT_CAP ? `hơn ${nf.format(COUNT_CAP)}` : nf.format(r.total)} kết quả cho <strong>${p.q}</strong>${r.total > COUNT_CAP ? ' (hiển thị các kết quả mới nhất phù hợp nhất; thêm từ khóa hoặc bộ lọc để thu hẹp)' : ''}.</p>
  ${r.suggestions.length ? html`<div class="suggest"><p>Có phải anh/chị muốn tìm:</p><ul class="link-list">${r.suggestions.map((s) => html`<li><a href="${itemPath(s)}">${s.title}</a></li>`)}</ul></div>` : ''}
  <div class="two-col wide-right">
    <aside aria-label="Lọc kết quả">
      ${facet('Loại nội dung', 'loai', r.facets.kind, kindLabel, p.kind)}
      ${facet('Đối tượng', 'doi-tuong', r.facets.audience, (v) => CONTENT_AUDIENCE_LABELS_VI[v as ContentAudience] ?? v, p.audience)}
      ${facet('Năm', 'nam', r.facets.year, (v) => v, p.year ? String(p.year) : null)}
    </aside>
    <div>${itemList(r.items, 2, 'Không có kết quả phù hợp. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.')}
    ${pager('/tim-kiem', p.page, totalPages, { q: p.q, loai: p.kind ?? undefined, 'doi-tuong': p.audience ?? undefined, nam: p.year ? String(p.year) : undefined })}</div>
  </div>`}
</div>`;
  return renderPage({ title: p.q ? `Tìm kiếm: ${p.q}` : 'Tìm kiếm', description: 'Tìm kiếm tin bài, hướng dẫn và tài liệu về chuyển đổi số.', path: '/tim-kiem', main });
}

export function parseKind(v: unknown): ContentKind | null {
  return typeof v === 'string' && (CONTENT_KINDS as readonly string[]).includes(v) ? (v as ContentKind) : null;
}
export function parseAudience(v: unknown): ContentAudience | null {
  return typeof v === 'string' && (CONTENT_AUDIENCES as readonly string[]).includes(v) ? (v as ContentAudience) : null;
}

/** The DX column of one unit, as a small page for an iframe on the unit's own portal. */
export function renderWidget(p: { unitId: string; unitName: string; items: PublicItem[]; baseUrl: string; cssHref: string }): string {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chuyển đổi số — ${p.unitName}</title>
<link rel="stylesheet" href="${p.cssHref}">
</head>
<body class="widget">
<main>
<h1 class="widget-title"><a href="${p.baseUrl}${columnPath(p.unitId)}" target="_top">Chuyển đổi số — ${p.unitName}</a></h1>
${p.items.length === 0 ? html`<p class="empty">Chưa có bài viết.</p>` : html`<ul class="widget-list">${p.items.map(
    (i) => html`<li><a href="${p.baseUrl}${itemPath(i)}" target="_top">${i.title}</a> <span class="muted">${formatVnDate(i.publishedAt)}</span></li>`,
  )}</ul>`}
</main>
</body>
</html>
`.value;
}

/** The script variant: inserts the iframe right where the script tag stands. */
export function renderWidgetScript(p: { unitId: string; unitName: string; baseUrl: string }): string {
  const src = JSON.stringify(`${p.baseUrl}/nhung/chuyen-muc/${p.unitId}`);
  const title = JSON.stringify(`Chuyển đổi số — ${p.unitName}`);
  return `(function () {
  var s = document.currentScript;
  var f = document.createElement('iframe');
  f.src = ${src};
  f.title = ${title};
  f.loading = 'lazy';
  f.style.width = '100%';
  f.style.height = '480px';
  f.style.border = '0';
  if (s && s.parentNode) s.parentNode.insertBefore(f, s.nextSibling);
})();
`;
}

export function escapeXml(s: string): string {
  return escapeHtml(s);
}
