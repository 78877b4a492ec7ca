import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SafeHtml, html } from './html.ts';

const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

/** The stylesheet, read once; its hash versions the URL so browsers may keep it for a year. */
export const PORTAL_CSS = readFileSync(path.join(ASSETS_DIR, 'portal.css'), 'utf8');
export const PORTAL_CSS_HASH = createHash('sha256').update(PORTAL_CSS).digest('hex').slice(0, 12);
export const PORTAL_CSS_PATH = '/portal/assets/portal.css';

export const SITE_NAME = 'Lan Tỏa';
const SITE_TAGLINE = 'Truyền thông Chuyển đổi số';

/**
 * The portal's sections. A section that has no page yet is shown, but not as a link, so that the
 * menu does not lead to dead ends; it becomes a link when its page exists.
 */
export const NAV_ITEMS: readonly { href: string; label: string; ready: boolean }[] = [
  { href: '/', label: 'Trang chủ', ready: true },
  { href: '/de-an', label: 'Đề án', ready: true },
  { href: '/tien-do', label: 'Tiến độ', ready: true },
  { href: '/tin-tuc', label: 'Chuyển đổi số', ready: true },
  { href: '/huong-dan', label: 'Hướng dẫn', ready: true },
  { href: '/su-kien', label: 'Sự kiện', ready: true },
  { href: '/make-in-da-nang', label: 'Make in Da Nang', ready: true },
  { href: '/tai-lieu', label: 'Tài liệu', ready: true },
  { href: '/phan-anh', label: 'Phản ánh tin sai', ready: true },
  { href: '/tim-kiem', label: 'Tìm kiếm', ready: true },
];

export type PageInput = {
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** The path of the page, to mark the current section in the menu. */
  path: string;
  main: SafeHtml;
  /** A line in the footer about the programme shown, e.g. its decision. */
  footerNote?: string | null;
  /** Extra tags in <head>: Open Graph, feed links, canonical address. */
  head?: SafeHtml;
};

function navItem(item: (typeof NAV_ITEMS)[number], current: string) {
  if (!item.ready) {
    return html`<li><span class="nav-soon" aria-disabled="true">${item.label} <span class="soon">(sắp có)</span></span></li>`;
  }
  const isCurrent = item.href === '/' ? current === '/' : current === item.href || current.startsWith(`${item.href}/`);
  return html`<li><a href="${item.href}"${isCurrent ? html` aria-current="page"` : ''}>${item.label}</a></li>`;
}

/** The whole HTML document: skip link, header with menu, main, footer. No script anywhere. */
export function renderPage(p: PageInput): string {
  const fullTitle = p.path === '/' ? `${SITE_NAME} — ${SITE_TAGLINE}` : `${p.title} — ${SITE_NAME}`;
  const doc = html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${p.description}">
<link rel="stylesheet" href="${PORTAL_CSS_PATH}?v=${PORTAL_CSS_HASH}">
${p.head ?? ''}
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="/">
      <span class="brand-name">${SITE_NAME}</span>
      <span class="brand-tagline">${SITE_TAGLINE}</span>
    </a>
    <nav aria-label="Điều hướng chính">
      <ul class="nav-list">${NAV_ITEMS.map((item) => navItem(item, p.path))}</ul>
    </nav>
  </div>
</header>
<main id="noi-dung" tabindex="-1">
${p.main}
</main>
<footer class="site-footer">
  <div class="wrap">
    ${p.footerNote ? html`<p>${p.footerNote}</p>` : ''}
    <p>Trang thông tin công khai về truyền thông Chuyển đổi số, vận hành trên nền tảng ${SITE_NAME}.</p>
    <p><a href="/admin/">Đăng nhập dành cho cán bộ</a></p>
  </div>
</footer>
</body>
</html>
`;
  return doc.value;
}
