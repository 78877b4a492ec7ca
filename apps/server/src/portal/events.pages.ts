import { EVENT_KIND_LABELS_VI, PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS_VI, type EventSummary, type Product } from '@lantoa/contracts/events';
import { formatDate, html, paragraphs, safeUrl, type SafeHtml } from './html.ts';
import { renderPage } from './layout.ts';

const MONTHS = ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'];
const nf = new Intl.NumberFormat('vi-VN');

type Ev = Omit<EventSummary, 'organiserUnitCode'> & { organiserUnitCode?: string | null };

function when(e: { startsOn: string; endsOn: string }): string {
  return e.startsOn === e.endsOn ? formatDate(e.startsOn) : `${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}`;
}

function eventItem(e: Ev): SafeHtml {
  return html`<li class="card event-item">
    <p class="eyebrow">${EVENT_KIND_LABELS_VI[e.kind]}</p>
    <h3><a href="/su-kien/${e.id}">${e.title}</a></h3>
    <p><time datetime="${e.startsOn}">${when(e)}</time>${e.place ? html` · ${e.place}` : ''}</p>
    ${e.theme ? html`<p class="muted">Chủ đề: ${e.theme}</p>` : ''}
    <p class="muted">Đơn vị tổ chức: ${e.organiserUnitName}</p>
  </li>`;
}

const monthHref = (y: number, m: number) => `/su-kien?thang=${y}-${String(m).padStart(2, '0')}`;

/** The public events calendar: a month's events, with the events to come beside it. */
export function renderEventsPage(p: { year: number; month: number; today: string; events: Ev[]; upcoming: Ev[] }): string {
  const prev = p.month === 1 ? [p.year - 1, 12] : [p.year, p.month - 1];
  const next = p.month === 12 ? [p.year + 1, 1] : [p.year, p.month + 1];
  const past = p.events.filter((e) => e.endsOn < p.today);
  const coming = p.events.filter((e) => e.endsOn >= p.today);
  const shown = new Set(p.events.map((e) => e.id));
  const later = p.upcoming.filter((e) => !shown.has(e.id));
  const main = html`<div class="wrap section">
  <h1>Lịch sự kiện chuyển đổi số</h1>
  <p class="lead">Ngày Chuyển đổi số quốc gia (10/10), Ngày Chuyển đổi số thành phố Đà Nẵng, hội nghị, cuộc thi và chiến dịch truyền thông cộng đồng.</p>
  <nav class="month-nav" aria-label="Chọn tháng">
    <a href="${monthHref(prev[0]!, prev[1]!)}" rel="prev">← ${MONTHS[prev[1]! - 1]}/${prev[0]}</a>
    <h2 id="thang">${MONTHS[p.month - 1]} năm ${p.year}</h2>
    <a href="${monthHref(next[0]!, next[1]!)}" rel="next">${MONTHS[next[1]! - 1]}/${next[0]} →</a>
  </nav>
  ${p.events.length === 0 ? html`<p>Không có sự kiện nào trong ${MONTHS[p.month - 1]!.toLowerCase()} năm ${p.year}.</p>` : ''}
  ${coming.length ? html`<h3 class="list-title">Sắp và đang diễn ra</h3><ul class="event-list">${coming.map(eventItem)}</ul>` : ''}
  ${past.length ? html`<h3 class="list-title">Đã diễn ra</h3><ul class="event-list">${past.map(eventItem)}</ul>` : ''}
  <section aria-labelledby="sap-toi" class="section">
    <h2 id="sap-toi">Sự kiện sắp tới</h2>
    ${later.length ? html`<ul class="event-list">${later.map(eventItem)}</ul>` : html`<p>Không có sự kiện sắp tới nào khác ngoài các sự kiện ở trên.</p>`}
  </section>
  <p><a class="button-link" href="/make-in-da-nang">Sản phẩm Make in Da Nang</a></p>
</div>`;
  return renderPage({ title: `Sự kiện ${MONTHS[p.month - 1]!.toLowerCase()}/${p.year}`, description: 'Lịch sự kiện truyền thông chuyển đổi số của thành phố Đà Nẵng', path: '/su-kien', main });
}

export type PublicEventPage = Ev & {
  description: string | null;
  coverage: { title: string; url: string }[];
  products: Product[];
  photos: { id: string; caption: string | null; name: string }[];
};

/** One event: when, where, who, what was said about it, what was announced, photos. */
export function renderEventPage(e: PublicEventPage): string {
  const main = html`<div class="wrap section">
  <p class="eyebrow">${EVENT_KIND_LABELS_VI[e.kind]}</p>
  <h1>${e.title}</h1>
  ${e.theme ? html`<p class="lead">Chủ đề: ${e.theme}</p>` : ''}
  <dl class="facts">
    <div><dt>Thời gian</dt><dd><time datetime="${e.startsOn}">${when(e)}</time></dd></div>
    ${e.place ? html`<div><dt>Địa điểm</dt><dd>${e.place}</dd></div>` : ''}
    <div><dt>Đơn vị tổ chức</dt><dd>${e.organiserUnitName}</dd></div>
    ${e.registrations !== null ? html`<div><dt>Số đăng ký</dt><dd>${nf.format(e.registrations)}</dd></div>` : ''}
    ${e.attendance !== null ? html`<div><dt>Số người tham dự</dt><dd>${nf.format(e.attendance)}</dd></div>` : ''}
  </dl>
  ${paragraphs(e.description)}
  ${e.products.length ? html`<section aria-labelledby="san-pham"><h2 id="san-pham">Sản phẩm Make in Da Nang được công bố</h2>
    <ul class="product-list">${e.products.map(productItem)}</ul></section>` : ''}
  ${e.coverage.length ? html`<section aria-labelledby="dua-tin"><h2 id="dua-tin">Báo chí đưa tin</h2>
    <ul>${e.coverage.map((c) => html`<li><a href="${safeUrl(c.url)}" rel="noopener">${c.title}</a></li>`)}</ul></section>` : ''}
  ${e.photos.length ? html`<section aria-labelledby="hinh-anh"><h2 id="hinh-anh">Hình ảnh</h2>
    <ul class="photo-grid">${e.photos.map((ph) => html`<li><figure><img src="/su-kien/anh/${ph.id}" alt="${ph.caption ?? `Ảnh sự kiện ${e.title}`}" loading="lazy" width="320" height="213">${ph.caption ? html`<figcaption>${ph.caption}</figcaption>` : ''}</figure></li>`)}</ul></section>` : ''}
  <p><a href="${monthHref(+e.startsOn.slice(0, 4), +e.startsOn.slice(5, 7))}">← Lịch sự kiện tháng ${+e.startsOn.slice(5, 7)}/${e.startsOn.slice(0, 4)}</a></p>
</div>`;
  return renderPage({ title: e.title, description: `${EVENT_KIND_LABELS_VI[e.kind]}: ${e.title}, ${when(e)}`, path: '/su-kien', main });
}

function productItem(p: Product & { eventTitle?: string }): SafeHtml {
  return html`<li class="card">
    <h3>${p.link ? html`<a href="${safeUrl(p.link)}" rel="noopener">${p.name}</a>` : p.name}</h3>
    <p class="muted">${p.company} · ${PRODUCT_CATEGORY_LABELS_VI[p.category]}</p>
    ${p.description ? html`<p>${p.description}</p>` : ''}
    ${p.eventTitle ? html`<p class="muted">Công bố tại: <a href="/su-kien/${p.eventId}">${p.eventTitle}</a></p>` : ''}
  </li>`;
}

/** Make in Da Nang products, by year and category; a year chosen with ?nam=, a category with ?nhom=. */
export function renderProductsPage(p: { years: number[]; year: number | null; category: string | null; products: (Product & { eventTitle: string })[] }): string {
  const years = p.year ? [p.year] : [...new Set(p.products.map((x) => x.year))];
  const filterLink = (label: string, href: string, current: boolean) => html`<li><a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
  const q = (y: number | null, c: string | null) => {
    const parts = [y ? `nam=${y}` : '', c ? `nhom=${c}` : ''].filter(Boolean);
    return `/make-in-da-nang${parts.length ? `?${parts.join('&')}` : ''}`;
  };
  const main = html`<div class="wrap section">
  <h1>Sản phẩm Make in Da Nang</h1>
  <p class="lead">Sản phẩm, nền tảng, giải pháp số do doanh nghiệp Đà Nẵng phát triển, được công bố tại Ngày Chuyển đổi số thành phố và các sự kiện chuyển đổi số.</p>
  <nav aria-label="Lọc theo năm"><ul class="tags filter-list">${filterLink('Tất cả các năm', q(null, p.category), p.year === null)}${p.years.map((y) => filterLink(`Năm ${y}`, q(y, p.category), p.year === y))}</ul></nav>
  <nav aria-label="Lọc theo nhóm sản phẩm"><ul class="tags filter-list">${filterLink('Tất cả các nhóm', q(p.year, null), p.category === null)}${PRODUCT_CATEGORIES.map((c) => filterLink(PRODUCT_CATEGORY_LABELS_VI[c], q(p.year, c), p.category === c))}</ul></nav>
  ${p.products.length === 0 ? html`<p>Chưa có sản phẩm nào${p.year ? ` năm ${p.year}` : ''}${p.category ? ` thuộc nhóm ${PRODUCT_CATEGORY_LABELS_VI[p.category as keyof typeof PRODUCT_CATEGORY_LABELS_VI]}` : ''}.</p>` : ''}
  ${years.map((y) => {
    const ofYear = p.products.filter((x) => x.year === y);
    if (!ofYear.length) return '';
    return html`<section aria-labelledby="nam-${y}" class="section"><h2 id="nam-${y}">Năm ${y}</h2>
      ${PRODUCT_CATEGORIES.map((c) => {
        const list = ofYear.filter((x) => x.category === c);
        return list.length ? html`<h3 class="list-title">${PRODUCT_CATEGORY_LABELS_VI[c]} (${list.length})</h3><ul class="product-list">${list.map(productItem)}</ul>` : '';
      })}
    </section>`;
  })}
</div>`;
  return renderPage({ title: 'Sản phẩm Make in Da Nang', description: 'Sản phẩm Make in Da Nang theo năm và nhóm', path: '/make-in-da-nang', main });
}

export function renderEventNotFound(): string {
  const main = html`<div class="wrap section"><h1>Không tìm thấy sự kiện</h1><p>Sự kiện này không có hoặc đã bị gỡ. <a href="/su-kien">Xem lịch sự kiện</a>.</p></div>`;
  return renderPage({ title: 'Không tìm thấy sự kiện', description: 'Không tìm thấy sự kiện', path: '/su-kien', main });
}
